-- zan policy files (.zan) are filetype zan (Neovim; Vim uses editors/vim/ftdetect/zan.vim)
vim.filetype.add({ extension = { zan = "zan" } })
