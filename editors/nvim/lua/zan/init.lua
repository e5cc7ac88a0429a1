-- zan/init.lua — Neovim support for zan policies: the buffer options of a .zan file and the
-- zan language server (`zan lsp`) started through vim.lsp for every zan buffer, one client
-- per policy folder. Colours: editors/vim/syntax/zan.vim, then the server's semantic tokens.
--   require("zan").setup({ cmd = { "zan", "lsp" }, lang = "ru" })
local M = {}

M.config = { cmd = { "zan", "lsp" }, lang = nil }

local clients = {}   -- policy folder -> client id (Neovim 0.7, without vim.lsp.start)

function M.start(buf)
  local path = vim.api.nvim_buf_get_name(buf)
  if path == "" then return end
  local config = {
    name = "zan",
    cmd = M.config.cmd,
    root_dir = vim.fn.fnamemodify(path, ":p:h"),   -- a policy is the folder its file is in
    init_options = M.config.lang and { lang = M.config.lang } or vim.empty_dict(),
  }
  if vim.lsp.start then                       -- Neovim 0.8 and later
    vim.lsp.start(config, { bufnr = buf })
    return
  end
  local id = clients[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients[config.root_dir] = id
  end
  if id then vim.lsp.buf_attach_client(buf, id) end
end

function M.setup(opts)
  vim.g.zan_setup_done = true
  M.config = vim.tbl_extend("force", M.config, opts or {})
  local group = vim.api.nvim_create_augroup("zan", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "zan",
    callback = function(ev)
      vim.bo[ev.buf].commentstring = "-- %s"
      vim.bo[ev.buf].comments = ":--"
      vim.bo[ev.buf].iskeyword = "@,48-57,_,192-255"
      if vim.fn.executable(M.config.cmd[1]) == 1 then
        M.start(ev.buf)
      else
        vim.notify("zan: '" .. M.config.cmd[1] .. "' not found: no language server (see docs/editors.md)", vim.log.levels.WARN)
      end
    end,
  })
end

return M
