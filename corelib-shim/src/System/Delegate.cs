using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Layout law (CoreCLR's): _target +8, _methodBase +16, _methodPtr +0x18, _methodPtrAux +0x20.
    /// The host's delegate constructor fills them: instance delegates _target = target, _methodPtr = code;
    /// static delegates _target = the delegate, _methodPtr = shuffle thunk, _methodPtrAux = code.
    /// Invoke is supplied by the JIT/host: call _methodPtr with this = _target.</summary>
    public abstract class Delegate : ICloneable
    {
        internal object _target;
        internal object _methodBase;
        internal IntPtr _methodPtr;
        internal IntPtr _methodPtrAux;

        protected Delegate(object target, string method) => throw new PlatformNotSupportedException();
        protected Delegate(Type target, string method) => throw new PlatformNotSupportedException();

        public object Target => IsStatic ? null : GetInvocationTargetForTarget();

        private object GetInvocationTargetForTarget()
        {
            if (this is MulticastDelegate md && md._invocationList is object[] list)
                return ((Delegate)list[(int)md._invocationCount - 1]).Target;
            return _target;
        }

        internal bool IsStatic => _methodPtrAux != IntPtr.Zero;

        public virtual object Clone() => MemberwiseClone();

        public override bool Equals(object obj)
        {
            if (obj == null || !(obj is Delegate d) || d.GetType() != GetType()) return false;
            if ((object)this == obj) return true;
            if (this is MulticastDelegate a && obj is MulticastDelegate b)
            {
                bool la = a._invocationList is object[], lb = b._invocationList is object[];
                if (la || lb)
                {
                    if (!(la && lb) || a._invocationCount != b._invocationCount) return false;
                    var x = (object[])a._invocationList; var y = (object[])b._invocationList;
                    for (int i = 0; i < (int)a._invocationCount; i++) if (!x[i].Equals(y[i])) return false;
                    return true;
                }
            }
            if (IsStatic) return d._methodPtrAux == _methodPtrAux && d._methodPtr == _methodPtr;
            return d._target == _target && d._methodPtr == _methodPtr && d._methodPtrAux == _methodPtrAux;
        }

        public override int GetHashCode() => (int)(long)(IsStatic ? _methodPtrAux : _methodPtr) ^ GetType().GetHashCode();

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if (d2 is null) return d1 is null;
            return ReferenceEquals(d2, d1) || d2.Equals(d1);
        }

        public static bool operator !=(Delegate d1, Delegate d2) => !(d1 == d2);

        public virtual Delegate[] GetInvocationList()
        {
            if (this is MulticastDelegate md && md._invocationList is object[] list)
            {
                var r = new Delegate[(int)md._invocationCount];
                for (int i = 0; i < r.Length; i++) r[i] = (Delegate)list[i];
                return r;
            }
            return new Delegate[] { this };
        }

        public bool HasSingleTarget => !(this is MulticastDelegate md && md._invocationList is object[]);

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a is null) return b;
            if (b is null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException(SR.Arg_DlgtTypeMis);
            return ((MulticastDelegate)a).CombineImpl(b);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null || delegates.Length == 0) return null;
            Delegate d = delegates[0];
            for (int i = 1; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }

        public static Delegate Combine(params ReadOnlySpan<Delegate> delegates)
        {
            Delegate d = null;
            for (int i = 0; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }

        protected virtual Delegate CombineImpl(Delegate d) => throw new MulticastNotSupportedException(SR.Multicast_Combine);
        protected virtual Delegate RemoveImpl(Delegate d) => d.Equals(this) ? null : this;

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if (source is null) return null;
            if (value is null) return source;
            if (source.GetType() != value.GetType()) throw new ArgumentException(SR.Arg_DlgtTypeMis);
            return source.RemoveImpl(value);
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate newDelegate;
            do { newDelegate = source; source = Remove(source, value); } while (newDelegate != source);
            return newDelegate;
        }

        public object DynamicInvoke(params object[] args) => throw new PlatformNotSupportedException();
    }

    public abstract class MulticastDelegate : Delegate
    {
        /// <summary>null for a single-cast delegate; an object[] of single-cast delegates for a multicast one.</summary>
        internal object _invocationList;
        /// <summary>Number of used entries of _invocationList.</summary>
        internal IntPtr _invocationCount;

        protected MulticastDelegate(object target, string method) : base(target, method) { }
        protected MulticastDelegate(Type target, string method) : base(target, method) { }

        public sealed override bool Equals(object obj) => base.Equals(obj);
        public sealed override int GetHashCode() => base.GetHashCode();
        public sealed override Delegate[] GetInvocationList() => base.GetInvocationList();

        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => (Delegate)d1 == (Delegate)d2;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => (Delegate)d1 != (Delegate)d2;

        private static int Count(Delegate d, out object[] list)
        {
            var md = (MulticastDelegate)d;
            if (md._invocationList is object[] l) { list = l; return (int)md._invocationCount; }
            list = null; return 1;
        }

        private static Delegate At(Delegate d, object[] list, int i) => list == null ? d : (Delegate)list[i];

        private MulticastDelegate NewMulticast(object[] list, int count)
        {
            var r = (MulticastDelegate)RuntimeImports.MemberwiseClone(this);
            r._target = r;
            r._methodBase = null;
            r._methodPtr = RuntimeImports.GetMulticastInvokeStub(RuntimeHelpers.GetMethodTable(this));
            r._methodPtrAux = IntPtr.Zero;
            r._invocationList = list;
            r._invocationCount = (IntPtr)count;
            return r;
        }

        protected sealed override Delegate CombineImpl(Delegate follow)
        {
            int na = Count(this, out object[] la), nb = Count(follow, out object[] lb);
            var list = new object[na + nb];
            for (int i = 0; i < na; i++) list[i] = At(this, la, i);
            for (int i = 0; i < nb; i++) list[na + i] = At(follow, lb, i);
            return NewMulticast(list, na + nb);
        }

        protected sealed override Delegate RemoveImpl(Delegate value)
        {
            int n = Count(this, out object[] l), m = Count(value, out object[] lv);
            // find the last occurrence of value's invocation list as a contiguous run
            for (int start = n - m; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < m && match; j++) match = At(this, l, start + j).Equals(At(value, lv, j));
                if (!match) continue;
                int rest = n - m;
                if (rest == 0) return null;
                if (rest == 1) return start == 0 ? At(this, l, n - 1) : At(this, l, 0);
                var list = new object[rest];
                int k = 0;
                for (int i = 0; i < n; i++) if (i < start || i >= start + m) list[k++] = At(this, l, i);
                return NewMulticast(list, rest);
            }
            return this;
        }
    }

    public sealed class MulticastNotSupportedException : SystemException
    {
        public MulticastNotSupportedException() : base(SR.Arg_MulticastNotSupportedException) { HResult = unchecked((int)0x80131512); }
        public MulticastNotSupportedException(string message) : base(message) { HResult = unchecked((int)0x80131512); }
        public MulticastNotSupportedException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131512); }
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
    public delegate bool Predicate<in T>(T obj);
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);

    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }

    public interface ICloneable { object Clone(); }
    public interface IDisposable { void Dispose(); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IFormatProvider { object GetFormat(Type formatType); }
    public interface ICustomFormatter { string Format(string format, object arg, IFormatProvider formatProvider); }
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }
    public interface ISpanFormattable : IFormattable
    {
        bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider);
    }
    public interface IObserver<in T> { void OnNext(T value); void OnError(Exception error); void OnCompleted(); }
    public interface IObservable<out T> { IDisposable Subscribe(IObserver<T> observer); }
    public interface IProgress<in T> { void Report(T value); }
    public interface IServiceProvider { object GetService(Type serviceType); }
    public interface IAsyncResult
    {
        bool IsCompleted { get; }
        System.Threading.WaitHandle AsyncWaitHandle { get; }
        object AsyncState { get; }
        bool CompletedSynchronously { get; }
    }
    public delegate void AsyncCallback(IAsyncResult ar);
}

namespace System.Threading
{
    public abstract class WaitHandle : IDisposable
    {
        protected WaitHandle() { }
        public virtual void Close() { }
        public void Dispose() { }
        protected virtual void Dispose(bool explicitDisposing) { }
        public virtual bool WaitOne() => true;
    }
}
