using System.Collections;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Base exception. Fields the host uses: _stackTraceString (set by the host's unwinder when it records a
    /// stack trace, CoreCLR's "   at ..." lines joined by '\n'; null if none).</summary>
    public class Exception
    {
        // CoreLib's instance fields, in its order: derived classes compiled to ReadyToRun
        // place their fields after these (layout fixups check it).
        internal object _exceptionMethod;
        internal string _message;
        internal IDictionary _data;
        internal Exception _innerException;
        internal string _helpURL;
        internal object _stackTrace;
        internal byte[] _watsonBuckets;
        internal string _stackTraceString;
        internal string _remoteStackTraceString;
        internal string _source;
        internal UIntPtr _ipForWatsonBuckets;
        internal IntPtr _xptrs;
        internal int _xcode;
        private int _HResult;

        public Exception() { _HResult = unchecked((int)0x80131500); }
        public Exception(string message) : this() { _message = message; }
        public Exception(string message, Exception innerException) : this() { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? SR.Format(SR.Arg_Exception, GetClassName());
        public Exception InnerException => _innerException;
        public virtual string StackTrace => _stackTraceString;
        public virtual string Source { get => _source; set => _source = value; }
        public virtual string HelpLink { get => _helpURL; set => _helpURL = value; }
        public int HResult { get => _HResult; set => _HResult = value; }
        public virtual IDictionary Data => _data ??= new System.Collections.ListDictionaryInternal();

        public virtual Exception GetBaseException()
        {
            Exception inner = InnerException, back = this;
            while (inner != null) { back = inner; inner = inner.InnerException; }
            return back;
        }

        internal string GetClassName() => GetType().ToString();

        public override string ToString()
        {
            string s = GetClassName();
            string message = Message;
            if (!string.IsNullOrEmpty(message)) s = s + ": " + message;
            if (_innerException != null)
                s = s + "\n ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (st != null) s = s + "\n" + st;
            return s;
        }

        public new Type GetType() => base.GetType();
    }

    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() : base(SR.Arg_ArgumentException) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { _paramName = paramName; HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; HResult = unchecked((int)0x80070057); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (!string.IsNullOrEmpty(_paramName)) s = s + " " + SR.Format(SR.Arg_ParamName_Name, _paramName);
                return s;
            }
        }

        public virtual string ParamName => _paramName;

        public static void ThrowIfNullOrEmpty(string argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException(SR.Argument_EmptyValue, paramName);
        }

        public static void ThrowIfNullOrWhiteSpace(string argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument)) throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base(SR.ArgumentNull_Generic) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName) : base(SR.ArgumentNull_Generic, paramName) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80004003); }

        public static void ThrowIfNull(object argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }

        public static unsafe void ThrowIfNull(void* argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        private readonly object _actualValue;
        public ArgumentOutOfRangeException() : base(SR.Arg_ArgumentOutOfRangeException) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName) : base(SR.Arg_ArgumentOutOfRangeException, paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { _actualValue = actualValue; HResult = unchecked((int)0x80131502); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue != null)
                {
                    string valueMessage = SR.Format(SR.ArgumentOutOfRange_ActualValue, _actualValue);
                    if (s == null) return valueMessage;
                    return s + "\n" + valueMessage;
                }
                return s;
            }
        }

        public virtual object ActualValue => _actualValue;

    }

    public class TypeInitializationException : SystemException
    {
        private readonly string _typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base(SR.Format(SR.TypeInitialization_Type, fullTypeName), innerException) { _typeName = fullTypeName; HResult = unchecked((int)0x80131534); }
        internal TypeInitializationException(string fullTypeName, string message, Exception innerException)
            : base(message, innerException) { _typeName = fullTypeName; HResult = unchecked((int)0x80131534); }
        public string TypeName => _typeName ?? "";
    }

    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base(SR.Arg_StackOverflowException) { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message) : base(message) { HResult = unchecked((int)0x800703E9); }
        public StackOverflowException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x800703E9); }
    }

    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base(SR.Arg_MissingMethodException) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message) : base(message) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string className, string methodName) : base(className, methodName) { HResult = unchecked((int)0x80131513); }
        public override string Message => ClassName == null ? base.Message : SR.Format(SR.MissingMethod_Name, ClassName + "." + MemberName);
    }

    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base(SR.Arg_MissingFieldException) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message) : base(message) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string className, string fieldName) : base(className, fieldName) { HResult = unchecked((int)0x80131511); }
        public override string Message => ClassName == null ? base.Message : SR.Format(SR.MissingField_Name, ClassName + "." + MemberName);
    }

    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;
        public ObjectDisposedException(string objectName) : this(objectName, SR.Arg_ObjectDisposed) { }
        public ObjectDisposedException(string objectName, string message) : base(message) { _objectName = objectName; HResult = unchecked((int)0x80131622); }
        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131622); }
        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (string.IsNullOrEmpty(name)) return base.Message;
                return base.Message + "\n" + SR.Format(SR.ObjectDisposed_ObjectName_Name, name);
            }
        }
        public string ObjectName => _objectName ?? "";
        public static void ThrowIf(bool condition, object instance) { if (condition) throw new ObjectDisposedException(instance?.GetType().FullName); }
        public static void ThrowIf(bool condition, Type type) { if (condition) throw new ObjectDisposedException(type?.FullName); }
    }

    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base(SR.OperationCanceled) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message) : base(message) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013153B); }
    }
}

namespace System.IO
{
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base(SR.IO_FileNotFound) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName) : base(message) { FileName = fileName; HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { FileName = fileName; HResult = unchecked((int)0x80070002); }
        public string FileName { get; }
        public string FusionLog => null;
        public override string Message => _message ?? (FileName == null ? SR.IO_FileNotFound : SR.Format(SR.IO_FileNotFound_FileName, FileName));
    }

    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070003); }
        public DirectoryNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070003); }
    }
}

namespace System.Collections
{
    /// <summary>Tiny IDictionary used by Exception.Data.</summary>
    internal sealed class ListDictionaryInternal : IDictionary
    {
        private readonly System.Collections.Generic.List<object> _keys = new System.Collections.Generic.List<object>();
        private readonly System.Collections.Generic.List<object> _values = new System.Collections.Generic.List<object>();
        public object this[object key]
        {
            get { int i = _keys.IndexOf(key); return i < 0 ? null : _values[i]; }
            set { int i = _keys.IndexOf(key); if (i < 0) { _keys.Add(key); _values.Add(value); } else _values[i] = value; }
        }
        public ICollection Keys => _keys;
        public ICollection Values => _values;
        public bool IsReadOnly => false;
        public bool IsFixedSize => false;
        public int Count => _keys.Count;
        public bool IsSynchronized => false;
        public object SyncRoot => this;
        public void Add(object key, object value) { if (_keys.Contains(key)) throw new ArgumentException(SR.Format(SR.Argument_AddingDuplicateWithKey, key)); _keys.Add(key); _values.Add(value); }
        public void Clear() { _keys.Clear(); _values.Clear(); }
        public bool Contains(object key) => _keys.Contains(key);
        public void Remove(object key) { int i = _keys.IndexOf(key); if (i >= 0) { _keys.RemoveAt(i); _values.RemoveAt(i); } }
        public void CopyTo(Array array, int index) { for (int i = 0; i < _keys.Count; i++) array.SetValue(new DictionaryEntry(_keys[i], _values[i]), index + i); }
        public IDictionaryEnumerator GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly ListDictionaryInternal _d; private int _i = -1;
            public Enumerator(ListDictionaryInternal d) { _d = d; }
            public bool MoveNext() => ++_i < _d.Count;
            public void Reset() => _i = -1;
            public object Current => Entry;
            public DictionaryEntry Entry => new DictionaryEntry(_d._keys[_i], _d._values[_i]);
            public object Key => _d._keys[_i];
            public object Value => _d._values[_i];
        }
    }
}
