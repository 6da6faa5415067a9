using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ThreeDsContracts.IdeCheck;

/// <summary>
/// An editor's side of csharp-ls: initialize with pull diagnostics, serve the <c>csharp</c> settings section with
/// <c>analyzersEnabled</c> (csharp-ls 0.28 reads its settings from <c>workspace/configuration</c> and
/// <c>workspace/didChangeConfiguration</c>, see its README), open and edit a document, pull its diagnostics.
/// </summary>
internal sealed class LanguageServerSession : IAsyncDisposable
{
    private readonly ServerLog _log = new();
    private readonly LspConnection _connection;
    private int _configurationRequests;

    private LanguageServerSession(ProcessStartInfo server) =>
        _connection = LspConnection.Start(server, _log, AnswerServerRequest, OnNotification);

    /// <summary>How often the server asked for the <c>csharp</c> settings section.</summary>
    public int ConfigurationRequests => Volatile.Read(ref _configurationRequests);

    /// <summary>The last lines of the server's log, for a failure report.</summary>
    public string LogTail => _log.Tail();

    /// <summary>The server's name and version from the initialize result.</summary>
    public string ServerInfo { get; private set; } = "(unknown)";

    /// <summary>Starts the server with the given command line in <paramref name="workingDirectory"/>.</summary>
    public static LanguageServerSession Start(string command, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Stable English messages whatever the machine's locale.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        return new LanguageServerSession(start);
    }

    /// <summary>initialize + initialized for one workspace folder, then the settings pushed once more.</summary>
    public async Task InitializeAsync(string folder, TimeSpan timeout)
    {
        string folderUri = new Uri(folder).AbsoluteUri;
        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "ThreeDsContracts.IdeCheck" },
            ["rootUri"] = folderUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = folderUri, ["name"] = "consumer" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject
                {
                    ["configuration"] = true,
                    ["workspaceFolders"] = true,
                    ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = false },
                },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = false },
                    // Declaring pull diagnostics turns csharp-ls's push diagnostics off: every result is asked for.
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false },
                },
            },
        };

        JsonNode? result = await _connection.RequestAsync("initialize", parameters, timeout).ConfigureAwait(false);
        if (result?["capabilities"]?["diagnosticProvider"] is null)
        {
            throw new IdeCheckFailure("the server's initialize result has no diagnosticProvider (no pull diagnostics)");
        }

        ServerInfo = $"{(string?)result["serverInfo"]?["name"] ?? "?"} {(string?)result["serverInfo"]?["version"] ?? "?"}";
        await _connection.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
        await _connection.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["csharp"] = CSharpSettings() },
        }).ConfigureAwait(false);
    }

    /// <summary>textDocument/didOpen, version 1.</summary>
    public Task OpenAsync(string path, string text) =>
        _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = new Uri(path).AbsoluteUri,
                ["languageId"] = "csharp",
                ["version"] = 1,
                ["text"] = text,
            },
        });

    /// <summary>textDocument/didChange with one incremental edit: <paramref name="text"/> inserted at the start of a line.</summary>
    public Task InsertAsync(string path, int version, int line, string text)
    {
        JsonObject Position() => new() { ["line"] = line, ["character"] = 0 };
        return _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = new Uri(path).AbsoluteUri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = Position(), ["end"] = Position() },
                ["text"] = text,
            }),
        });
    }

    /// <summary>textDocument/diagnostic: the document's diagnostics now (compiler, generator output, analyzers).</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsAsync(string path, TimeSpan timeout)
    {
        JsonNode? report = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = new Uri(path).AbsoluteUri },
        }, timeout).ConfigureAwait(false);
        return LspDiagnostic.ReadReport(report);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Ends the server at once (the process is exiting).</summary>
    public void Kill() => _connection.KillServer();

    private static JsonObject CSharpSettings() => new() { ["analyzersEnabled"] = true };

    private JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            // client/registerCapability, window/workDoneProgress/create, the refresh requests: nothing to do.
            return null;
        }

        var answer = new JsonArray();
        foreach (JsonNode? item in parameters?["items"] as JsonArray ?? [])
        {
            bool csharp = (string?)item?["section"] == "csharp";
            if (csharp)
            {
                Interlocked.Increment(ref _configurationRequests);
            }

            answer.Add(csharp ? CSharpSettings() : null);
        }

        return answer;
    }

    private void OnNotification(string method, JsonNode? parameters)
    {
        if (method == "window/logMessage" || method == "window/showMessage")
        {
            _log.Add("server: " + (string?)parameters?["message"]);
        }
    }
}
