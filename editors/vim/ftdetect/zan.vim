" zan policy files: syntax from editors/vim/syntax/zan.vim (generated from lang/keywords.def)
autocmd BufRead,BufNewFile *.zan setfiletype zan
autocmd FileType zan setlocal commentstring=--\ %s comments=:-- iskeyword=@,48-57,_,192-255
