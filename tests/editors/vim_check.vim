" vim_check.vim — run by tests/editors/run.sh inside real Vim (vim -es): loads the zan syntax
" through editors/vim (ftdetect + syntax), then checks every keyword form of every set.
" Reads $ZAN_KW_LIST (lines "GROUP<TAB>form"), writes one line per problem to $ZAN_VIM_OUT
" ("ok N" when there is none). Any error message while loading is a problem too.
set nocompatible encoding=utf-8
let &runtimepath = $ZAN_VIM_RTP . ',' . &runtimepath
filetype on
syntax on
let s:problems = []
let s:rows = map(readfile($ZAN_KW_LIST), 'split(v:val, "\t")')
" the buffer: one form per line
execute 'edit' fnameescape($ZAN_VIM_FILE)
call setline(1, map(copy(s:rows), 'v:val[1]'))
if &filetype !=# 'zan'
  call add(s:problems, 'filetype is "' . &filetype . '", not zan')
endif
if get(b:, 'current_syntax', '') !=# 'zan'
  call add(s:problems, 'the zan syntax was not loaded')
endif
syntax sync fromstart
let s:n = 0
for s:i in range(len(s:rows))
  let [s:group, s:form] = s:rows[s:i]
  let s:line = getline(s:i + 1)
  " every non-blank character of the form must carry the group
  for s:col in range(1, strlen(s:line))
    if s:line[s:col - 1] =~# '\s'
      continue
    endif
    let s:got = synIDattr(synID(s:i + 1, s:col, 1), 'name')
    if s:got !=# s:group
      call add(s:problems, s:form . ': column ' . s:col . ' is "' . s:got . '", expected ' . s:group)
      break
    endif
  endfor
  let s:n += 1
endfor
let s:msgs = execute('messages')
for s:m in split(s:msgs, "\n")
  if s:m =~# '^E\d\+\|Error'
    call add(s:problems, 'Vim said: ' . s:m)
  endif
endfor
call writefile(empty(s:problems) ? ['ok ' . s:n] : s:problems, $ZAN_VIM_OUT)
qall!
