-- nvim_check.lua — run by tests/editors/run.sh in real Neovim (nvim --headless -u NONE): loads
-- editors/vim and editors/nvim, opens $ZAN_NVIM_FILE (a policy with an unknown output), and
-- checks the filetype, the syntax colour of a keyword, and that `zan lsp` (ZAN_NVIM_ZAN)
-- attached and published the error. Writes "ok" or the problems to $ZAN_NVIM_OUT.
local problems = {}
local function fail(msg) table.insert(problems, msg) end
vim.opt.runtimepath:prepend(os.getenv("ZAN_NVIM_RTP") .. "/editors/nvim")
vim.opt.runtimepath:prepend(os.getenv("ZAN_NVIM_RTP") .. "/editors/vim")
vim.cmd("filetype on")
vim.cmd("syntax on")
local ok, zan = pcall(require, "zan")
if not ok then fail("require('zan'): " .. tostring(zan)) end
if ok then zan.setup({ cmd = { os.getenv("ZAN_NVIM_ZAN"), "lsp" }, lang = "ru" }) end
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("ZAN_NVIM_FILE")))
local buf = vim.api.nvim_get_current_buf()
if vim.bo[buf].filetype ~= "zan" then fail("filetype is '" .. vim.bo[buf].filetype .. "', not zan") end
local line = vim.fn.search("\\<rule\\>")
local group = vim.fn.synIDattr(vim.fn.synID(line, vim.fn.col(".") , 1), "name")
if group ~= "zanDeclaration" then fail("'rule' is coloured '" .. group .. "', not zanDeclaration") end
local got = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
if not got then
  fail("no diagnostic from zan lsp within 20 s")
else
  local d = vim.diagnostic.get(buf)[1]
  if not d.message:find("eligble") or not d.message:find("[а-я]") then fail("unexpected diagnostic: " .. d.message) end
  if d.lnum ~= tonumber(os.getenv("ZAN_NVIM_LINE")) then fail("diagnostic on line " .. d.lnum) end
end
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.fn.writefile(#problems == 0 and { "ok" } or problems, os.getenv("ZAN_NVIM_OUT"))
vim.cmd("qall!")
