-- Drives the standalone language server from headless Neovim (0.7+ built-in LSP client) and writes what it
-- saw as JSON. Run: nvim --headless -u NONE -i NONE -n -c "luafile probe.lua"
-- Environment: PROBE_SERVER (path to dist/server.js; unset: the server the user's init.lua attaches is used),
-- PROBE_FILE (file to open), PROBE_HOVER ("line,col", 0-based), PROBE_OUT (JSON result), PROBE_TIMEOUT (ms,
-- default 15000).
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

-- Our own client, settings included; its diagnostics as the server published them.
local function own_client(bufnr, file)
  local diagnostics
  -- -u NONE loads no filetype detection: say what the file is, as a user's ftdetect rule would.
  vim.api.nvim_buf_set_option(bufnr, 'filetype', 'etcd')
  local client_id = vim.lsp.start_client({
    name = 'etcd-config',
    cmd = { 'node', os.getenv('PROBE_SERVER'), '--stdio' },
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
  return vim.lsp.get_client_by_id(client_id), function() return diagnostics end
end

-- The client the user's setup attached to the buffer; its diagnostics as Neovim keeps them (the LSP ones inside).
local function attached_client(bufnr)
  local client
  assert(vim.wait(timeout, function()
    client = select(2, next(vim.lsp.buf_get_clients(bufnr)))
    return client ~= nil
  end, 20), 'no language server attached to the buffer')
  return client, function()
    local kept = vim.diagnostic.get(bufnr)
    if #kept == 0 then return nil end
    -- Neovim keeps the position and message itself and the other LSP fields (code, related…) in user_data.lsp.
    return vim.tbl_map(function(d)
      return vim.tbl_extend('force', d.user_data and d.user_data.lsp or {}, { code = d.code, message = d.message,
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } } })
    end, kept)
  end
end

local ok, err = pcall(function()
  local file = assert(os.getenv('PROBE_FILE'), 'set PROBE_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client, published
  if os.getenv('PROBE_SERVER') then client, published = own_client(bufnr, file) else client, published = attached_client(bufnr) end
  result.filetype = vim.bo[bufnr].filetype
  result.client = client.name
  assert(vim.wait(timeout, function() return client.initialized end, 20), 'initialize timed out')
  assert(vim.wait(timeout, function() return published() ~= nil end, 20), 'no diagnostics published')
  local diagnostics = published()
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
