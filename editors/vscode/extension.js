// extension.js — the zan extension for VS Code: starts `zan lsp` (setting zan.path) for .zan
// files through vscode-languageclient; highlighting comes from syntaxes/zan.tmLanguage.json
// (generated from lang/keywords.def) until the server's semantic tokens arrive.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("zan");
  const command = config.get("path") || "zan";
  const lang = config.get("lang") || "";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient("zan", "zan language server", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "zan" }],
    initializationOptions: lang ? { lang } : {},
  });
  client.start().catch((err) => {
    vscode.window.showErrorMessage(`zan: could not start '${command} lsp' (${err.message}); set zan.path to the zan command.`);
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
