-- Opens PROBE_FILE in a Neovim whose init.lua is the README's setup, waits for the server that setup starts, and
-- writes what the buffer got as JSON to PROBE_OUT: the file type, the diagnostics, a hover at PROBE_HOVER.
local timeout = 20000
local result = { ok = false, nvim = tostring(vim.version().major) .. '.' .. vim.version().minor }

local function finish()
  local f = assert(io.open(os.getenv('PROBE_OUT'), 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(result.ok and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PROBE_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client
  assert(vim.wait(timeout, function()
    client = vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr)) or 0]
    return client ~= nil and client.initialized
  end, 20), 'no language server attached to the buffer')
  result.client = client.name
  assert(vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics')
  result.diagnostics = vim.tbl_map(function(d) return { code = d.code, lnum = d.lnum, message = d.message } end, vim.diagnostic.get(bufnr))
  local line, col = os.getenv('PROBE_HOVER'):match('(%d+),(%d+)')
  local hover = client.request_sync('textDocument/hover',
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = tonumber(line), character = tonumber(col) } }, timeout, bufnr)
  assert(hover and hover.result, 'no hover')
  result.hover = hover.result.contents.value
  result.ok = true
end)
if not ok then result.error = tostring(err) end
finish()
