using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    /// <summary>ValueTask: a completed result or a Task (IValueTaskSource-backed instances are not supported).</summary>
    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public readonly struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly Task _task;
        public ValueTask(Task task) { _task = task ?? throw new ArgumentNullException(nameof(task)); }
        public static ValueTask CompletedTask => default;
        public static ValueTask FromCanceled(CancellationToken cancellationToken) => new ValueTask(Task.FromCanceled(cancellationToken));
        public static ValueTask FromException(Exception exception) => new ValueTask(Task.FromException(exception));
        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new ValueTask<TResult>(result);
        public static ValueTask<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) => new ValueTask<TResult>(Task.FromCanceled<TResult>(cancellationToken));
        public static ValueTask<TResult> FromException<TResult>(Exception exception) => new ValueTask<TResult>(Task.FromException<TResult>(exception));
        public bool IsCompleted => _task == null || _task.IsCompleted;
        public bool IsCompletedSuccessfully => _task == null || _task.IsCompletedSuccessfully;
        public bool IsFaulted => _task != null && _task.IsFaulted;
        public bool IsCanceled => _task != null && _task.IsCanceled;
        public Task AsTask() => _task ?? Task.CompletedTask;
        public ValueTask Preserve() => this;
        public ValueTaskAwaiter GetAwaiter() => new ValueTaskAwaiter(this);
        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable(this);
        public override bool Equals(object obj) => obj is ValueTask v && Equals(v);
        public bool Equals(ValueTask other) => _task == other._task;
        public override int GetHashCode() => _task?.GetHashCode() ?? 0;
        public static bool operator ==(ValueTask left, ValueTask right) => left.Equals(right);
        public static bool operator !=(ValueTask left, ValueTask right) => !left.Equals(right);
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public readonly struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly Task<TResult> _task;
        internal readonly TResult _result;
        public ValueTask(TResult result) { _task = null; _result = result; }
        public ValueTask(Task<TResult> task) { _task = task ?? throw new ArgumentNullException(nameof(task)); _result = default; }
        public bool IsCompleted => _task == null || _task.IsCompleted;
        public bool IsCompletedSuccessfully => _task == null || _task.IsCompletedSuccessfully;
        public bool IsFaulted => _task != null && _task.IsFaulted;
        public bool IsCanceled => _task != null && _task.IsCanceled;
        public TResult Result => _task == null ? _result : _task.GetAwaiter().GetResult();
        public Task<TResult> AsTask() => _task ?? Task.FromResult(_result);
        public ValueTask<TResult> Preserve() => this;
        public ValueTaskAwaiter<TResult> GetAwaiter() => new ValueTaskAwaiter<TResult>(this);
        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable<TResult>(this);
        public override bool Equals(object obj) => obj is ValueTask<TResult> v && Equals(v);
        public bool Equals(ValueTask<TResult> other) => _task != null || other._task != null ? _task == other._task : System.Collections.Generic.EqualityComparer<TResult>.Default.Equals(_result, other._result);
        public override int GetHashCode() => _task != null ? _task.GetHashCode() : _result?.GetHashCode() ?? 0;
        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right) => left.Equals(right);
        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right) => !left.Equals(right);
        public override string ToString()
        {
            if (IsCompletedSuccessfully) { TResult r = Result; if (r != null) return r.ToString(); }
            return string.Empty;
        }
    }
}

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncMethodBuilderAttribute : Attribute
    {
        public AsyncMethodBuilderAttribute(Type builderType) { BuilderType = builderType; }
        public Type BuilderType { get; }
    }

    public readonly struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly System.Threading.Tasks.ValueTask _value;
        internal ValueTaskAwaiter(System.Threading.Tasks.ValueTask value) { _value = value; }
        public bool IsCompleted => _value.IsCompleted;
        public void GetResult() { if (_value._task != null) _value._task.GetAwaiter().GetResult(); }
        public void OnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
    }

    public readonly struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly System.Threading.Tasks.ValueTask<TResult> _value;
        internal ValueTaskAwaiter(System.Threading.Tasks.ValueTask<TResult> value) { _value = value; }
        public bool IsCompleted => _value.IsCompleted;
        public TResult GetResult() => _value.Result;
        public void OnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
    }

    public readonly struct ConfiguredValueTaskAwaitable
    {
        private readonly System.Threading.Tasks.ValueTask _value;
        internal ConfiguredValueTaskAwaitable(System.Threading.Tasks.ValueTask value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(_value);
        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly System.Threading.Tasks.ValueTask _value;
            internal ConfiguredValueTaskAwaiter(System.Threading.Tasks.ValueTask value) { _value = value; }
            public bool IsCompleted => _value.IsCompleted;
            public void GetResult() => new ValueTaskAwaiter(_value).GetResult();
            public void OnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
        }
    }

    public readonly struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly System.Threading.Tasks.ValueTask<TResult> _value;
        internal ConfiguredValueTaskAwaitable(System.Threading.Tasks.ValueTask<TResult> value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(_value);
        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly System.Threading.Tasks.ValueTask<TResult> _value;
            internal ConfiguredValueTaskAwaiter(System.Threading.Tasks.ValueTask<TResult> value) { _value = value; }
            public bool IsCompleted => _value.IsCompleted;
            public TResult GetResult() => _value.Result;
            public void OnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _value.AsTask().AddContinuation(continuation);
        }
    }

    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder _builder;
        public static AsyncValueTaskMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => _builder.Start(ref stateMachine);
        public void SetStateMachine(IAsyncStateMachine stateMachine) => _builder.SetStateMachine(stateMachine);
        public System.Threading.Tasks.ValueTask Task => new System.Threading.Tasks.ValueTask(_builder.Task);
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine => _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine => _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        public void SetResult() => _builder.SetResult();
        public void SetException(Exception exception) => _builder.SetException(exception);
    }

    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> _builder;
        public static AsyncValueTaskMethodBuilder<TResult> Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => _builder.Start(ref stateMachine);
        public void SetStateMachine(IAsyncStateMachine stateMachine) => _builder.SetStateMachine(stateMachine);
        public System.Threading.Tasks.ValueTask<TResult> Task => new System.Threading.Tasks.ValueTask<TResult>(_builder.Task);
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine => _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine => _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        public void SetResult(TResult result) => _builder.SetResult(result);
        public void SetException(Exception exception) => _builder.SetException(exception);
    }
}

namespace System
{
    public interface IAsyncDisposable { System.Threading.Tasks.ValueTask DisposeAsync(); }
}
