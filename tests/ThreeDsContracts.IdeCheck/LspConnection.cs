using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ThreeDsContracts.IdeCheck;

/// <summary>
/// JSON-RPC 2.0 over a language server's stdin/stdout with LSP's <c>Content-Length</c> framing: requests with
/// a timeout each, notifications, and the server's own requests answered by a handler.
/// </summary>
internal sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _server;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly Action<string, JsonNode?> _onNotification;
    private readonly ServerLog _log;
    private readonly Task _reader;
    private int _nextId;

    private LspConnection(Process server, ServerLog log, Func<string, JsonNode?, JsonNode?> answerServerRequest, Action<string, JsonNode?> onNotification)
    {
        _server = server;
        _log = log;
        _input = server.StandardInput.BaseStream;
        _answerServerRequest = answerServerRequest;
        _onNotification = onNotification;
        _reader = Task.Run(ReadMessagesAsync);
    }

    /// <summary>Starts the server process and the reader of its output.</summary>
    public static LspConnection Start(
        ProcessStartInfo server,
        ServerLog log,
        Func<string, JsonNode?, JsonNode?> answerServerRequest,
        Action<string, JsonNode?> onNotification)
    {
        server.RedirectStandardInput = true;
        server.RedirectStandardOutput = true;
        server.RedirectStandardError = true;
        server.UseShellExecute = false;
        Process process = Process.Start(server) ?? throw new IdeCheckFailure($"could not start the language server ({server.FileName} {string.Join(' ', server.ArgumentList)})");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Add("stderr: " + e.Data); };
        process.BeginErrorReadLine();
        return new LspConnection(process, log, answerServerRequest, onNotification);
    }

    /// <summary>Sends a request and waits for its result; a timeout or an error response fails the check.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        Task finished = await Task.WhenAny(answer.Task, Task.Delay(timeout), _reader).ConfigureAwait(false);
        _pending.TryRemove(id, out _);
        if (finished == answer.Task)
        {
            return await answer.Task.ConfigureAwait(false);
        }

        if (finished == _reader)
        {
            throw new IdeCheckFailure($"the language server closed its output before answering {method} (exit code {ExitCodeText()})");
        }

        throw new IdeCheckFailure($"{method} got no answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The LSP goodbye (shutdown, exit); the process is killed when it does not leave in time.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_server.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                await NotifyAsync("exit", null).ConfigureAwait(false);
                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _server.WaitForExitAsync(exited.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IdeCheckFailure or IOException or OperationCanceledException or InvalidOperationException)
        {
            _log.Add("client: the server did not shut down cleanly (" + e.Message + "); killing it");
        }
        finally
        {
            KillServer();
            _server.Dispose();
            _writeLock.Dispose();
        }
    }

    /// <summary>Ends the server process and its children (the <c>dotnet tool run</c> host runs the server as a child).</summary>
    public void KillServer()
    {
        try
        {
            if (!_server.HasExited)
            {
                _server.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string ExitCodeText()
    {
        try
        {
            return _server.HasExited ? _server.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";
        }
        catch (InvalidOperationException)
        {
            return "unknown";
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _input.WriteAsync(header).ConfigureAwait(false);
            await _input.WriteAsync(body).ConfigureAwait(false);
            await _input.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new IdeCheckFailure($"could not write to the language server (exit code {ExitCodeText()}): {e.Message}");
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadMessagesAsync()
    {
        Stream output = _server.StandardOutput.BaseStream;
        while (true)
        {
            JsonNode? message;
            try
            {
                message = await LspFraming.ReadMessageAsync(output).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException)
            {
                _log.Add("client: unreadable message from the server: " + e.Message);
                return;
            }

            if (message is null)
            {
                _log.Add("client: the server closed its output");
                return;
            }

            await DispatchAsync(message).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(JsonNode message)
    {
        string? method = (string?)message["method"];
        JsonNode? id = message["id"];
        if (method is null)
        {
            if (id is not null && _pending.TryGetValue((int)id, out TaskCompletionSource<JsonNode?>? answer))
            {
                if (message["error"] is JsonNode error)
                {
                    answer.TrySetException(new IdeCheckFailure($"the language server answered with an error: {error.ToJsonString()}"));
                }
                else
                {
                    answer.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        JsonNode? parameters = message["params"];
        if (id is null)
        {
            _onNotification(method, parameters);
            return;
        }

        _log.Add("server request: " + method);
        JsonNode? result = _answerServerRequest(method, parameters);
        try
        {
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result }).ConfigureAwait(false);
        }
        catch (IdeCheckFailure e)
        {
            _log.Add("client: " + e.Message);
        }
    }
}
