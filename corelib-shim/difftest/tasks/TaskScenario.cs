// Async scenario compiled twice: against the BCL (expected output) and with the shim's Task implementation
// (-define:SHIMTASKS, shim Tasks.cs compiled in; its types shadow the BCL's). Output must be deterministic on CoreCLR.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

static class TaskScenario
{
    static readonly List<string> Log = new List<string>();

    static async Task<int> Add(int a, int b) { await Task.Delay(1); return a + b; }
    static async Task<int> Sum(int n) { int s = 0; for (int i = 1; i <= n; i++) s += await Add(i, 0); return s; }
    static async Task Thrower(string msg) { await Task.CompletedTask; throw new InvalidOperationException(msg); }
    static async Task<string> Waiter(Task<int> t, string name) { Log.Add(name + " waiting"); int v = await t; Log.Add(name + " resumed " + v); return name + v; }
    static async ValueTask<int> VAdd(int a, int b) { await Task.Delay(1); return a + b; }
    static async ValueTask VLog(string m) { await Task.Yield(); Log.Add("vlog " + m); }
    sealed class AsyncRes : IAsyncDisposable { public async ValueTask DisposeAsync() { await Task.CompletedTask; Log.Add("disposed async"); } }
    static async Task Nested(int depth) { if (depth == 0) { Log.Add("bottom"); return; } Log.Add("down " + depth); await Nested(depth - 1); Log.Add("up " + depth); }

    static async Task Run()
    {
        Log.Add("sum " + await Sum(10));
        try { await Thrower("boom"); } catch (InvalidOperationException e) { Log.Add("caught " + e.Message); }
        var tcs = new TaskCompletionSource<int>();
        var w1 = Waiter(tcs.Task, "w1");
        Log.Add("before set " + w1.IsCompleted);
        tcs.SetResult(7);
        Log.Add("after set " + w1.IsCompleted);
        Log.Add("results " + await w1 + " " + await Waiter(tcs.Task, "w2"));
        int[] all = await Task.WhenAll(Add(1, 2), Add(3, 4), Task.FromResult(10));
        Log.Add("whenall " + string.Join(",", all));
        var faulted = Task.WhenAll(Thrower("x1"), Thrower("x2"), Task.CompletedTask);
        try { await faulted; } catch (Exception e) { Log.Add("whenall caught " + e.GetType().Name + " " + e.Message + " count " + faulted.Exception.InnerExceptions.Count); }
        try { faulted.Wait(); } catch (AggregateException e) { Log.Add("wait " + e.Message); }
        Log.Add("run result " + Task.Run(() => 42).Result + " " + await Task.Run(async () => await Add(20, 22)));
        var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();
        try { await Task.Delay(10, cts.Token); } catch (OperationCanceledException e) { Log.Add("canceled " + e.GetType().Name); }
        var canceledTask = Task.FromCanceled<int>(cts.Token);
        Log.Add("canceled status " + canceledTask.Status + " " + canceledTask.IsCanceled);
        Task<Task<int>> any = Task.WhenAny(Task.FromResult(1), Add(5, 5));
        Log.Add("whenany " + ((Task<int>)await any).Result);
        await Nested(3);
        var cont = Task.FromResult(3).ContinueWith(t => t.Result * 2);
        Log.Add("continuewith " + await cont + " " + Task.CompletedTask.IsCompletedSuccessfully);
        var agg = new AggregateException(new Exception("a"), new InvalidOperationException("b"));
        Log.Add("aggregate " + agg.Message + " | " + agg.Flatten().InnerExceptions.Count + " | " + agg.GetBaseException().GetType().Name);
        await Task.Yield();
        Log.Add("after yield");
        Log.Add("valuetask " + await VAdd(2, 3) + " " + new ValueTask<int>(9).Result + " " + ValueTask.CompletedTask.IsCompleted);
        await VLog("x");
        await using (var r = new AsyncRes()) { Log.Add("in await using"); }
    }

    static int Main()
    {
        Run().GetAwaiter().GetResult();
        foreach (string s in Log) Console.WriteLine(s);
        return 0;
    }
}

