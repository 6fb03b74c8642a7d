-- Drives the standalone language server from headless Neovim (0.7+ built-in LSP client) and writes what it
-- saw as JSON. Run: nvim --headless -u NONE -i NONE -n -c "luafile probe.lua"
-- Environment: PROBE_SERVER (path to dist/server.js), PROBE_FILE (file to open), PROBE_HOVER ("line,col",
-- 0-based), PROBE_OUT (JSON result), PROBE_TIMEOUT (ms, default 15000).
local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then return default end
  return value
end
local timeout = tonumber(env('PROBE_TIMEOUT', '15000'))
local result = { ok = false, nvim = tostring(vim.version().major) .. '.' .. vim.version().minor }

local function finish()
  local f = assert(io.open(env('PROBE_OUT', 'probe.json'), 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(result.ok and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  local file = assert(os.getenv('PROBE_FILE'), 'set PROBE_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE loads no filetype detection: say what the file is, as a user's ftdetect rule would.
  vim.api.nvim_buf_set_option(bufnr, 'filetype', 'etcd')
  local diagnostics
  local client_id = vim.lsp.start_client({
    name = 'etcd-config',
    cmd = { 'node', assert(os.getenv('PROBE_SERVER'), 'set PROBE_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    settings = { etcd = { version = '3.4' } },
    -- Neovim 0.7 leaves this to the user (nvim-lspconfig does the same): hand the settings over at start.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, res, ctx, config)
        if res and res.uri == vim.uri_from_bufnr(bufnr) then diagnostics = res.diagnostics end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, res, ctx, config)
      end,
    },
  })
  assert(client_id, 'start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(timeout, function() return client.initialized end, 20), 'initialize timed out')
  assert(vim.wait(timeout, function() return diagnostics ~= nil end, 20), 'no diagnostics published')
  result.diagnostics = diagnostics

  local uri = vim.uri_from_bufnr(bufnr)
  local line, col = env('PROBE_HOVER', '0,1'):match('(%d+),(%d+)')
  local hover = client.request_sync('textDocument/hover',
    { textDocument = { uri = uri }, position = { line = tonumber(line), character = tonumber(col) } }, timeout, bufnr)
  assert(hover and hover.result, 'no hover')
  result.hover = hover.result.contents.value

  local first = diagnostics[1]
  assert(first, 'expected at least one diagnostic')
  local actions = client.request_sync('textDocument/codeAction',
    { textDocument = { uri = uri }, range = first.range, context = { diagnostics = { first } } }, timeout, bufnr)
  assert(actions and actions.result, 'no code actions')
  result.actions = actions.result
  result.ok = true
end)
if not ok then result.error = tostring(err) end
finish()
