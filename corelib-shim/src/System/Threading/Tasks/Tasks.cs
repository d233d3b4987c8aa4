using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public enum TaskStatus { Created = 0, WaitingForActivation = 1, WaitingToRun = 2, Running = 3, WaitingForChildrenToComplete = 4, RanToCompletion = 5, Canceled = 6, Faulted = 7 }

    /// <summary>Task for a host without a thread pool yet: work runs synchronously on the calling thread (Task.Run runs
    /// its delegate inline, Task.Delay sleeps), continuations run inline when a task completes, and awaiting an
    /// incomplete task (e.g. one a TaskCompletionSource completes later) suspends the async method until then.
    /// Blocking (Wait/Result) on a task nothing can complete throws instead of hanging.</summary>
    public class Task : IAsyncResult, IDisposable
    {
        private static int s_nextId;
        private static Task s_completed;
        internal TaskStatus _status;
        private List<Exception> _exceptions;
        private List<Action> _continuations;
        private readonly Delegate _action;
        private readonly object _state;
        private int _id;

        internal Task() { _status = TaskStatus.WaitingForActivation; }
        internal Task(TaskStatus status) { _status = status; }
        public Task(Action action) : this(action, default(CancellationToken)) { }
        public Task(Action action, CancellationToken cancellationToken)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            _action = action; _status = TaskStatus.Created;
        }
        public Task(Action<object> action, object state)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            _action = action; _state = state; _status = TaskStatus.Created;
        }

        public static Task CompletedTask => s_completed ??= new Task(TaskStatus.RanToCompletion);
        public int Id => _id != 0 ? _id : (_id = ++s_nextId);
        public static int? CurrentId => null;
        public TaskStatus Status => _status;
        public bool IsCompleted => _status >= TaskStatus.RanToCompletion;
        public bool IsCompletedSuccessfully => _status == TaskStatus.RanToCompletion;
        public bool IsFaulted => _status == TaskStatus.Faulted;
        public bool IsCanceled => _status == TaskStatus.Canceled;
        public object AsyncState => _state;
        public AggregateException Exception => _status == TaskStatus.Faulted ? new AggregateException(_exceptions) : null;
        bool IAsyncResult.CompletedSynchronously => true;
        WaitHandle IAsyncResult.AsyncWaitHandle => null;
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }

        public void Start()
        {
            if (_status != TaskStatus.Created) throw new InvalidOperationException("Start may not be called on a task that was already started.");
            RunAction();
        }
        public void RunSynchronously() => Start();

        internal virtual void RunAction()
        {
            _status = TaskStatus.Running;
            try
            {
                if (_action is Action a) a();
                else ((Action<object>)_action)(_state);
                TrySetResultCore();
            }
            catch (Exception e) { TrySetException(e); }
        }

        // ---- completion ----
        internal bool TrySetResultCore()
        {
            if (IsCompleted) return false;
            _status = TaskStatus.RanToCompletion;
            RunContinuations();
            return true;
        }

        internal bool TrySetException(Exception e)
        {
            if (IsCompleted) return false;
            if (e is OperationCanceledException) { _status = TaskStatus.Canceled; _exceptions = new List<Exception> { e }; }
            else
            {
                _status = TaskStatus.Faulted;
                _exceptions = new List<Exception>();
                if (e is AggregateException ae) _exceptions.AddRange(ae.InnerExceptions); else _exceptions.Add(e);
            }
            RunContinuations();
            return true;
        }

        internal bool TrySetExceptions(IEnumerable<Exception> es)
        {
            if (IsCompleted) return false;
            _status = TaskStatus.Faulted;
            _exceptions = new List<Exception>(es);
            RunContinuations();
            return true;
        }

        internal bool TrySetCanceled()
        {
            if (IsCompleted) return false;
            _status = TaskStatus.Canceled;
            RunContinuations();
            return true;
        }

        private void RunContinuations()
        {
            var list = _continuations;
            _continuations = null;
            if (list != null) foreach (Action a in list) a();
        }

        internal void AddContinuation(Action continuation)
        {
            if (IsCompleted) { continuation(); return; }
            (_continuations ??= new List<Action>()).Add(continuation);
        }

        /// <summary>Throws like await does: the first exception for a faulted task, TaskCanceledException for a canceled one.</summary>
        internal void ThrowIfFailedForAwait()
        {
            if (_status == TaskStatus.Faulted) throw _exceptions[0];
            if (_status == TaskStatus.Canceled) throw _exceptions != null && _exceptions[0] is OperationCanceledException oce ? oce : new TaskCanceledException(this);
        }

        internal void EnsureCompletedForBlocking()
        {
            if (!IsCompleted) throw new InvalidOperationException("The task cannot complete: r2rhost's shim runs tasks synchronously and nothing else can complete it.");
        }

        // ---- waiting ----
        public void Wait()
        {
            EnsureCompletedForBlocking();
            if (_status == TaskStatus.Faulted) throw new AggregateException(_exceptions);
            if (_status == TaskStatus.Canceled) throw new AggregateException(new TaskCanceledException(this));
        }
        public bool Wait(int millisecondsTimeout) { if (!IsCompleted) return false; Wait(); return true; }
        public bool Wait(TimeSpan timeout) => Wait((int)timeout.TotalMilliseconds);
        public void Wait(CancellationToken cancellationToken) => Wait();
        public static void WaitAll(params Task[] tasks) { foreach (Task t in tasks) t.Wait(); }
        public static int WaitAny(params Task[] tasks)
        {
            for (int i = 0; i < tasks.Length; i++) if (tasks[i].IsCompleted) return i;
            throw new InvalidOperationException("The task cannot complete: r2rhost's shim runs tasks synchronously and nothing else can complete it.");
        }

        public TaskAwaiter GetAwaiter() => new TaskAwaiter(this);
        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable(this);

        public Task ContinueWith(Action<Task> continuationAction)
        {
            if (continuationAction == null) ThrowHelper.ThrowArgumentNullException(nameof(continuationAction));
            var t = new Task();
            AddContinuation(() => { try { continuationAction(this); t.TrySetResultCore(); } catch (Exception e) { t.TrySetException(e); } });
            return t;
        }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction)
        {
            if (continuationFunction == null) ThrowHelper.ThrowArgumentNullException(nameof(continuationFunction));
            var t = new Task<TResult>();
            AddContinuation(() => { try { t.TrySetResult(continuationFunction(this)); } catch (Exception e) { t.TrySetException(e); } });
            return t;
        }

        // ---- factories ----
        public static Task Run(Action action)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            var t = new Task(action);
            t.RunAction();
            return t;
        }
        public static Task Run(Action action, CancellationToken cancellationToken) => Run(action);
        public static Task<TResult> Run<TResult>(Func<TResult> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            var t = new Task<TResult>();
            try { t.TrySetResult(function()); } catch (Exception e) { t.TrySetException(e); }
            return t;
        }
        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken) => Run(function);
        public static Task Run(Func<Task> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            try { return function() ?? FromCanceled(default); } catch (Exception e) { return FromException(e); }
        }
        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            if (function == null) ThrowHelper.ThrowArgumentNullException(nameof(function));
            try { return function(); } catch (Exception e) { return FromException<TResult>(e); }
        }

        public static Task Delay(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsDelay), "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            if (millisecondsDelay > 0) Thread.Sleep(millisecondsDelay);
            return CompletedTask;
        }
        public static Task Delay(TimeSpan delay) => Delay((int)delay.TotalMilliseconds);
        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            return Delay(millisecondsDelay);
        }
        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Delay((int)delay.TotalMilliseconds, cancellationToken);

        public static Task<TResult> FromResult<TResult>(TResult result) { var t = new Task<TResult>(); t.TrySetResult(result); return t; }
        public static Task FromException(Exception exception) { var t = new Task(); t.TrySetException(exception); return t; }
        public static Task<TResult> FromException<TResult>(Exception exception) { var t = new Task<TResult>(); t.TrySetException(exception); return t; }
        public static Task FromCanceled(CancellationToken cancellationToken) { var t = new Task(); t.TrySetCanceled(); return t; }
        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) { var t = new Task<TResult>(); t.TrySetCanceled(); return t; }

        public static YieldAwaitable Yield() => default;

        public static Task WhenAll(IEnumerable<Task> tasks) => WhenAllCore(new List<Task>(tasks ?? throw new ArgumentNullException(nameof(tasks))).ToArray());
        public static Task WhenAll(params Task[] tasks) => WhenAllCore((Task[])(tasks ?? throw new ArgumentNullException(nameof(tasks))).Clone());
        public static Task WhenAll(params ReadOnlySpan<Task> tasks) => WhenAllCore(tasks.ToArray());
        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            var copy = (Task<TResult>[])tasks.Clone();
            var result = new Task<TResult[]>();
            WhenAllCore(copy).AddContinuation(() => Finish());
            return result;
            void Finish()
            {
                var errors = new List<Exception>();
                bool canceled = false;
                foreach (var t in copy) { if (t.IsFaulted) errors.AddRange(t.Exception.InnerExceptions); else if (t.IsCanceled) canceled = true; }
                if (errors.Count > 0) result.TrySetExceptions(errors);
                else if (canceled) result.TrySetCanceled();
                else { var r = new TResult[copy.Length]; for (int i = 0; i < r.Length; i++) r[i] = copy[i].Result; result.TrySetResult(r); }
            }
        }
        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks) => WhenAll(new List<Task<TResult>>(tasks ?? throw new ArgumentNullException(nameof(tasks))).ToArray());

        private static Task WhenAllCore(Task[] tasks)
        {
            var result = new Task();
            int remaining = tasks.Length;
            if (remaining == 0) { result.TrySetResultCore(); return result; }
            foreach (Task t in tasks)
            {
                if (t == null) throw new ArgumentException("The tasks argument included a null value.", nameof(tasks));
                t.AddContinuation(() =>
                {
                    if (--remaining != 0) return;
                    var errors = new List<Exception>();
                    bool canceled = false;
                    foreach (var x in tasks) { if (x.IsFaulted) errors.AddRange(x._exceptions); else if (x.IsCanceled) canceled = true; }
                    if (errors.Count > 0) result.TrySetExceptions(errors);
                    else if (canceled) result.TrySetCanceled();
                    else result.TrySetResultCore();
                });
            }
            return result;
        }

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", nameof(tasks));
            var result = new Task<Task>();
            foreach (Task t in tasks) t.AddContinuation(() => result.TrySetResult(t));
            return result;
        }
        public static Task<Task> WhenAny(IEnumerable<Task> tasks) => WhenAny(new List<Task>(tasks ?? throw new ArgumentNullException(nameof(tasks))).ToArray());
        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) ThrowHelper.ThrowArgumentNullException(nameof(tasks));
            var result = new Task<Task<TResult>>();
            foreach (var t in tasks) t.AddContinuation(() => result.TrySetResult(t));
            return result;
        }
    }

    public class Task<TResult> : Task
    {
        private TResult _result;
        internal Task() { }
        public Task(Func<TResult> function) : base(() => { }) { _function = function ?? throw new ArgumentNullException(nameof(function)); }
        private readonly Func<TResult> _function;

        internal override void RunAction()
        {
            _status = TaskStatus.Running;
            try { TrySetResult(_function()); } catch (Exception e) { TrySetException(e); }
        }

        internal bool TrySetResult(TResult result)
        {
            if (IsCompleted) return false;
            _result = result;
            return TrySetResultCore();
        }

        public TResult Result
        {
            get
            {
                Wait();
                return _result;
            }
        }

        internal TResult ResultForAwait { get { ThrowIfFailedForAwait(); return _result; } }

        public new TaskAwaiter<TResult> GetAwaiter() => new TaskAwaiter<TResult>(this);
        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable<TResult>(this);
        public Task ContinueWith(Action<Task<TResult>> continuationAction) => base.ContinueWith(t => continuationAction((Task<TResult>)t));
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction) => base.ContinueWith(t => continuationFunction((Task<TResult>)t));
    }

    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task = new Task<TResult>();
        public TaskCompletionSource() { }
        public TaskCompletionSource(object state) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { }
        public Task<TResult> Task => _task;
        public void SetResult(TResult result) { if (!TrySetResult(result)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetResult(TResult result) => _task.TrySetResult(result);
        public void SetException(Exception exception) { if (!TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetException(Exception exception) { if (exception == null) ThrowHelper.ThrowArgumentNullException(nameof(exception)); return _task.TrySetExceptions(new[] { exception }); }
        public void SetCanceled() { if (!TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetCanceled() => _task.TrySetCanceled();
        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled();
    }

    public class TaskCompletionSource
    {
        private readonly Task _task = new Task();
        public TaskCompletionSource() { }
        public TaskCompletionSource(object state) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { }
        public Task Task => _task;
        public void SetResult() { if (!TrySetResult()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetResult() => _task.TrySetResultCore();
        public void SetException(Exception exception) { if (!TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetException(Exception exception) { if (exception == null) ThrowHelper.ThrowArgumentNullException(nameof(exception)); return _task.TrySetExceptions(new[] { exception }); }
        public void SetCanceled() { if (!TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetCanceled() => _task.TrySetCanceled();
    }

    [Flags]
    public enum TaskCreationOptions { None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16, RunContinuationsAsynchronously = 64 }

    public class TaskCanceledException : OperationCanceledException
    {
        private readonly Task _task;
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
        public TaskCanceledException(string message, Exception innerException) : base(message, innerException) { }
        public TaskCanceledException(Task task) : base("A task was canceled.") { _task = task; }
        public Task Task => _task;
    }
}

namespace System
{
    public class AggregateException : Exception
    {
        private readonly ReadOnlyCollection<Exception> _innerExceptions;
        public AggregateException() : this("One or more errors occurred.", new Exception[0]) { }
        public AggregateException(string message) : this(message, new Exception[0]) { }
        public AggregateException(string message, Exception innerException) : this(message, new[] { innerException ?? throw new ArgumentNullException(nameof(innerException)) }) { }
        public AggregateException(params Exception[] innerExceptions) : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(IEnumerable<Exception> innerExceptions) : this("One or more errors occurred.", new List<Exception>(innerExceptions ?? throw new ArgumentNullException(nameof(innerExceptions))).ToArray()) { }
        public AggregateException(string message, IEnumerable<Exception> innerExceptions) : this(message, new List<Exception>(innerExceptions ?? throw new ArgumentNullException(nameof(innerExceptions))).ToArray()) { }
        public AggregateException(string message, params Exception[] innerExceptions) : base(message, innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) ThrowHelper.ThrowArgumentNullException(nameof(innerExceptions));
            foreach (var e in innerExceptions) if (e == null) throw new ArgumentException("An element of innerExceptions was null.");
            _innerExceptions = new ReadOnlyCollection<Exception>((Exception[])innerExceptions.Clone());
            HResult = unchecked((int)0x80131500);
        }
        public ReadOnlyCollection<Exception> InnerExceptions => _innerExceptions;
        public override string Message
        {
            get
            {
                if (_innerExceptions.Count == 0) return base.Message;
                var sb = new System.Text.StringBuilder(base.Message);
                foreach (var e in _innerExceptions) sb.Append(" (").Append(e.Message).Append(')');
                return sb.ToString();
            }
        }
        public AggregateException Flatten()
        {
            var flat = new List<Exception>();
            var queue = new List<AggregateException> { this };
            for (int i = 0; i < queue.Count; i++)
                foreach (var e in queue[i].InnerExceptions) { if (e is AggregateException ae) queue.Add(ae); else flat.Add(e); }
            return new AggregateException(GetType() == typeof(AggregateException) ? base.Message : Message, flat);
        }
        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) ThrowHelper.ThrowArgumentNullException(nameof(predicate));
            var unhandled = new List<Exception>();
            foreach (var e in _innerExceptions) if (!predicate(e)) unhandled.Add(e);
            if (unhandled.Count > 0) throw new AggregateException(base.Message, unhandled);
        }
        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException backAsAggregate = this;
            while (backAsAggregate != null && backAsAggregate.InnerExceptions.Count == 1)
            {
                back = back.InnerException;
                backAsAggregate = back as AggregateException;
            }
            return back;
        }
        public override string ToString()
        {
            var sb = new System.Text.StringBuilder(base.ToString());
            for (int i = 0; i < _innerExceptions.Count; i++)
            {
                if (_innerExceptions[i] == InnerException) continue;
                sb.Append("\n ---> (Inner Exception #").Append(i).Append(") ").Append(_innerExceptions[i].ToString()).Append("<---\n");
            }
            return sb.ToString();
        }
    }
}

namespace System.Threading
{
    public readonly struct CancellationToken : IEquatable<CancellationToken>
    {
        private readonly CancellationTokenSource _source;
        internal CancellationToken(CancellationTokenSource source) { _source = source; }
        public CancellationToken(bool canceled) { _source = canceled ? CancellationTokenSource.s_canceled : null; }
        public static CancellationToken None => default;
        public bool IsCancellationRequested => _source != null && _source.IsCancellationRequested;
        public bool CanBeCanceled => _source != null;
        public void ThrowIfCancellationRequested() { if (IsCancellationRequested) throw new OperationCanceledException(SR.OperationCanceled); }
        public CancellationTokenRegistration Register(Action callback)
        {
            if (callback == null) ThrowHelper.ThrowArgumentNullException(nameof(callback));
            _source?.Register(callback);
            return default;
        }
        public bool Equals(CancellationToken other) => _source == other._source;
        public override bool Equals(object other) => other is CancellationToken t && Equals(t);
        public override int GetHashCode() => _source?.GetHashCode() ?? 0;
        public static bool operator ==(CancellationToken left, CancellationToken right) => left.Equals(right);
        public static bool operator !=(CancellationToken left, CancellationToken right) => !left.Equals(right);
    }

    public readonly struct CancellationTokenRegistration : IDisposable
    {
        public void Dispose() { }
        public bool Unregister() => false;
    }

    public class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource s_canceled = MakeCanceled();
        private bool _canceled;
        private List<Action> _callbacks;
        private static CancellationTokenSource MakeCanceled() { var s = new CancellationTokenSource(); s._canceled = true; return s; }
        public CancellationTokenSource() { }
        public CancellationTokenSource(int millisecondsDelay) { if (millisecondsDelay == 0) _canceled = true; }
        public CancellationTokenSource(TimeSpan delay) : this((int)delay.TotalMilliseconds) { }
        public bool IsCancellationRequested => _canceled;
        public CancellationToken Token => new CancellationToken(this);
        internal void Register(Action a) { if (_canceled) a(); else (_callbacks ??= new List<Action>()).Add(a); }
        public void Cancel()
        {
            if (_canceled) return;
            _canceled = true;
            var list = _callbacks; _callbacks = null;
            if (list != null) for (int i = list.Count - 1; i >= 0; i--) list[i]();
        }
        public void Cancel(bool throwOnFirstException) => Cancel();
        public void CancelAfter(int millisecondsDelay) { if (millisecondsDelay == 0) Cancel(); }
        public void CancelAfter(TimeSpan delay) => CancelAfter((int)delay.TotalMilliseconds);
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            var s = new CancellationTokenSource();
            if (token1.IsCancellationRequested || token2.IsCancellationRequested) s._canceled = true;
            return s;
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public interface INotifyCompletion { void OnCompleted(Action continuation); }
    public interface ICriticalNotifyCompletion : INotifyCompletion { void UnsafeOnCompleted(Action continuation); }
    public interface IAsyncStateMachine { void MoveNext(); void SetStateMachine(IAsyncStateMachine stateMachine); }

    public readonly struct TaskAwaiter : ICriticalNotifyCompletion
    {
        internal readonly System.Threading.Tasks.Task m_task;
        internal TaskAwaiter(System.Threading.Tasks.Task task) { m_task = task; }
        public bool IsCompleted => m_task.IsCompleted;
        public void OnCompleted(Action continuation) => m_task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => m_task.AddContinuation(continuation);
        public void GetResult() { m_task.EnsureCompletedForBlocking(); m_task.ThrowIfFailedForAwait(); }
    }

    public readonly struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly System.Threading.Tasks.Task<TResult> m_task;
        internal TaskAwaiter(System.Threading.Tasks.Task<TResult> task) { m_task = task; }
        public bool IsCompleted => m_task.IsCompleted;
        public void OnCompleted(Action continuation) => m_task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => m_task.AddContinuation(continuation);
        public TResult GetResult() { m_task.EnsureCompletedForBlocking(); return m_task.ResultForAwait; }
    }

    public readonly struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;
        internal ConfiguredTaskAwaitable(System.Threading.Tasks.Task task) { m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task); }
        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;
        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly System.Threading.Tasks.Task m_task;
            internal ConfiguredTaskAwaiter(System.Threading.Tasks.Task task) { m_task = task; }
            public bool IsCompleted => m_task.IsCompleted;
            public void OnCompleted(Action continuation) => m_task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => m_task.AddContinuation(continuation);
            public void GetResult() { m_task.EnsureCompletedForBlocking(); m_task.ThrowIfFailedForAwait(); }
        }
    }

    public readonly struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;
        internal ConfiguredTaskAwaitable(System.Threading.Tasks.Task<TResult> task) { m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task); }
        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;
        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly System.Threading.Tasks.Task<TResult> m_task;
            internal ConfiguredTaskAwaiter(System.Threading.Tasks.Task<TResult> task) { m_task = task; }
            public bool IsCompleted => m_task.IsCompleted;
            public void OnCompleted(Action continuation) => m_task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => m_task.AddContinuation(continuation);
            public TResult GetResult() { m_task.EnsureCompletedForBlocking(); return m_task.ResultForAwait; }
        }
    }

    public readonly struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() => default;
        public readonly struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;
            public void OnCompleted(Action continuation) => continuation();
            public void UnsafeOnCompleted(Action continuation) => continuation();
            public void GetResult() { }
        }
    }

    /// <summary>Builders for async methods. The state machine is boxed on the first suspension (after the result task exists,
    /// so the original and the boxed copy share it); SetStateMachine stores the box in the boxed copy's builder.</summary>
    public struct AsyncTaskMethodBuilder
    {
        private System.Threading.Tasks.Task m_task;
        private IAsyncStateMachine m_box;
        public static AsyncTaskMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) ThrowHelper.ThrowArgumentNullException(nameof(stateMachine));
            stateMachine.MoveNext();
        }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_box = stateMachine; }
        public System.Threading.Tasks.Task Task => m_task ??= new System.Threading.Tasks.Task();
        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            m_task ??= new System.Threading.Tasks.Task();
            if (m_box == null)
            {
                IAsyncStateMachine box = stateMachine;
                m_box = box;
                box.SetStateMachine(box);
            }
            return m_box;
        }
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(Box(ref stateMachine).MoveNext);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(Box(ref stateMachine).MoveNext);
        public void SetResult()
        {
            if (m_task == null) m_task = System.Threading.Tasks.Task.CompletedTask;
            else m_task.TrySetResultCore();
        }
        public void SetException(Exception exception)
        {
            if (exception == null) ThrowHelper.ThrowArgumentNullException(nameof(exception));
            (m_task ??= new System.Threading.Tasks.Task()).TrySetException(exception);
        }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        private System.Threading.Tasks.Task<TResult> m_task;
        private IAsyncStateMachine m_box;
        public static AsyncTaskMethodBuilder<TResult> Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) ThrowHelper.ThrowArgumentNullException(nameof(stateMachine));
            stateMachine.MoveNext();
        }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_box = stateMachine; }
        public System.Threading.Tasks.Task<TResult> Task => m_task ??= new System.Threading.Tasks.Task<TResult>();
        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            m_task ??= new System.Threading.Tasks.Task<TResult>();
            if (m_box == null)
            {
                IAsyncStateMachine box = stateMachine;
                m_box = box;
                box.SetStateMachine(box);
            }
            return m_box;
        }
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(Box(ref stateMachine).MoveNext);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(Box(ref stateMachine).MoveNext);
        public void SetResult(TResult result) => (m_task ??= new System.Threading.Tasks.Task<TResult>()).TrySetResult(result);
        public void SetException(Exception exception)
        {
            if (exception == null) ThrowHelper.ThrowArgumentNullException(nameof(exception));
            (m_task ??= new System.Threading.Tasks.Task<TResult>()).TrySetException(exception);
        }
    }

    public struct AsyncVoidMethodBuilder
    {
        private IAsyncStateMachine m_box;
        public static AsyncVoidMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) ThrowHelper.ThrowArgumentNullException(nameof(stateMachine));
            stateMachine.MoveNext();
        }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_box = stateMachine; }
        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_box == null) { IAsyncStateMachine box = stateMachine; m_box = box; box.SetStateMachine(box); }
            return m_box;
        }
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(Box(ref stateMachine).MoveNext);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(Box(ref stateMachine).MoveNext);
        public void SetResult() { }
        public void SetException(Exception exception) => throw exception;
    }
}
