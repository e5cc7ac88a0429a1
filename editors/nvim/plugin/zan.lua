-- zan plugin entry: setup with the defaults unless the user calls require("zan").setup() first
if vim.g.loaded_zan then return end
vim.g.loaded_zan = true
vim.schedule(function()
  if not vim.g.zan_setup_done then require("zan").setup() end
end)
