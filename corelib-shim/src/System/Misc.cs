using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>HashCode with a fixed seed (CoreCLR randomizes it per process; values are never observable across runs).</summary>
    public struct HashCode
    {
        private const uint Prime1 = 2654435761U, Prime2 = 2246822519U, Prime3 = 3266489917U, Prime4 = 668265263U, Prime5 = 374761393U;
        private static readonly uint s_seed = 0x5D1F2C3Bu;
        private uint _v1, _v2, _v3, _v4, _queue1, _queue2, _queue3, _length;

        private static uint Rol(uint v, int n) => (v << n) | (v >> (32 - n));
        private static uint Round(uint hash, uint input) => Rol(hash + input * Prime2, 13) * Prime1;
        private static uint QueueRound(uint hash, uint queuedValue) => Rol(hash + queuedValue * Prime3, 17) * Prime4;
        private static uint MixEmptyState() => s_seed + Prime5;
        private static uint MixFinal(uint hash) { hash ^= hash >> 15; hash *= Prime2; hash ^= hash >> 13; hash *= Prime3; hash ^= hash >> 16; return hash; }
        private static uint MixState(uint v1, uint v2, uint v3, uint v4) => Rol(v1, 1) + Rol(v2, 7) + Rol(v3, 12) + Rol(v4, 18);
        private static void Initialize(out uint v1, out uint v2, out uint v3, out uint v4)
        {
            v1 = s_seed + Prime1 + Prime2; v2 = s_seed + Prime2; v3 = s_seed; v4 = s_seed - Prime1;
        }

        public static int Combine<T1>(T1 value1)
        {
            uint hash = MixEmptyState() + 4;
            hash = QueueRound(hash, (uint)(value1?.GetHashCode() ?? 0));
            return (int)MixFinal(hash);
        }
        public static int Combine<T1, T2>(T1 value1, T2 value2)
        {
            uint hash = MixEmptyState() + 8;
            hash = QueueRound(hash, (uint)(value1?.GetHashCode() ?? 0));
            hash = QueueRound(hash, (uint)(value2?.GetHashCode() ?? 0));
            return (int)MixFinal(hash);
        }
        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); return h.ToHashCode();
        }
        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); return h.ToHashCode();
        }
        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); return h.ToHashCode();
        }
        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6); return h.ToHashCode();
        }
        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6); h.Add(value7); return h.ToHashCode();
        }
        public static int Combine<T1, T2, T3, T4, T5, T6, T7, T8>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8)
        {
            var h = new HashCode(); h.Add(value1); h.Add(value2); h.Add(value3); h.Add(value4); h.Add(value5); h.Add(value6); h.Add(value7); h.Add(value8); return h.ToHashCode();
        }

        public void Add<T>(T value) => Add(value?.GetHashCode() ?? 0);
        public void Add<T>(T value, IEqualityComparer<T> comparer) => Add(value is null ? 0 : (comparer?.GetHashCode(value) ?? value.GetHashCode()));
        public void AddBytes(ReadOnlySpan<byte> value) { foreach (byte b in value) Add((int)b); }

        private void Add(int value)
        {
            uint val = (uint)value;
            uint previousLength = _length++;
            uint position = previousLength % 4;
            if (position == 0) _queue1 = val;
            else if (position == 1) _queue2 = val;
            else if (position == 2) _queue3 = val;
            else
            {
                if (previousLength == 3) Initialize(out _v1, out _v2, out _v3, out _v4);
                _v1 = Round(_v1, _queue1); _v2 = Round(_v2, _queue2); _v3 = Round(_v3, _queue3); _v4 = Round(_v4, val);
            }
        }

        public int ToHashCode()
        {
            uint length = _length;
            uint position = length % 4;
            uint hash = length < 4 ? MixEmptyState() : MixState(_v1, _v2, _v3, _v4);
            hash += length * 4;
            if (position > 0) { hash = QueueRound(hash, _queue1); if (position > 1) { hash = QueueRound(hash, _queue2); if (position > 2) hash = QueueRound(hash, _queue3); } }
            return (int)MixFinal(hash);
        }

        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.", error: true)]
        public override int GetHashCode() => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");
        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes.", error: true)]
        public override bool Equals(object obj) => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
    }

    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;
        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) ThrowHelper.ThrowValueArgumentOutOfRange_NeedNonNegNumException();
            _value = fromEnd ? ~value : value;
        }
        private Index(int value) { _value = value; }
        public static Index Start => new Index(0);
        public static Index End => new Index(~0);
        public static Index FromStart(int value) { if (value < 0) ThrowHelper.ThrowValueArgumentOutOfRange_NeedNonNegNumException(); return new Index(value); }
        public static Index FromEnd(int value) { if (value < 0) ThrowHelper.ThrowValueArgumentOutOfRange_NeedNonNegNumException(); return new Index(~value); }
        public int Value => _value < 0 ? ~_value : _value;
        public bool IsFromEnd => _value < 0;
        public int GetOffset(int length) { int offset = _value; if (IsFromEnd) offset += length + 1; return offset; }
        public override bool Equals(object value) => value is Index index && _value == index._value;
        public bool Equals(Index other) => _value == other._value;
        public override int GetHashCode() => _value;
        public static implicit operator Index(int value) => FromStart(value);
        public override string ToString() => IsFromEnd ? "^" + ((uint)Value).ToString() : ((uint)_value).ToString();
    }

    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }
        public Range(Index start, Index end) { Start = start; End = end; }
        public override bool Equals(object value) => value is Range r && r.Start.Equals(Start) && r.End.Equals(End);
        public bool Equals(Range other) => other.Start.Equals(Start) && other.End.Equals(End);
        public override int GetHashCode() => HashCode.Combine(Start.GetHashCode(), End.GetHashCode());
        public override string ToString() => Start.ToString() + ".." + End.ToString();
        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);
        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length), end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end) ThrowHelper.ThrowArgumentOutOfRangeException("length");
            return (start, end - start);
        }
    }

    public static class Activator
    {
        [Intrinsic]
        public static T CreateInstance<T>()
        {
            if (typeof(T).IsValueType) return default;
            return (T)Internal.Runtime.RuntimeImports.CreateInstanceDefaultCtor(typeof(T).TypeHandle.Value);
        }
        public static object CreateInstance(Type type) => CreateInstance(type, false);
        public static object CreateInstance(Type type, bool nonPublic)
        {
            if (type == null) ThrowHelper.ThrowArgumentNullException(nameof(type));
            return Internal.Runtime.RuntimeImports.CreateInstanceDefaultCtor(type.TypeHandle.Value);
        }
    }

    /// <summary>GC: the host's collector is a non-moving mark-sweep; these are no-ops or approximations.</summary>
    public static class GC
    {
        public static int MaxGeneration => 2;
        public static void Collect() { }
        public static void Collect(int generation) { }
        public static void Collect(int generation, GCCollectionMode mode) { }
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) { }
        public static void Collect(int generation, GCCollectionMode mode, bool blocking, bool compacting) { }
        public static void KeepAlive(object obj) { }
        public static void SuppressFinalize(object obj) { if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj)); }
        public static void ReRegisterForFinalize(object obj) { if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj)); }
        public static void WaitForPendingFinalizers() { }
        public static long GetTotalMemory(bool forceFullCollection) => 0;
        public static int GetGeneration(object obj) => 0;
        public static int CollectionCount(int generation) => 0;
        public static void AddMemoryPressure(long bytesAllocated) { }
        public static void RemoveMemoryPressure(long bytesAllocated) { }
        public static long GetAllocatedBytesForCurrentThread() => 0;
        public static long GetTotalAllocatedBytes(bool precise = false) => 0;
    }

    public enum GCCollectionMode { Default = 0, Forced = 1, Optimized = 2, Aggressive = 3 }

    public abstract class FormattableString : IFormattable
    {
        protected FormattableString() { }
        public abstract string Format { get; }
        public abstract object[] GetArguments();
        public abstract int ArgumentCount { get; }
        public abstract object GetArgument(int index);
        public abstract string ToString(IFormatProvider formatProvider);
        string IFormattable.ToString(string ignored, IFormatProvider formatProvider) => ToString(formatProvider);
        public static string Invariant(FormattableString formattable)
        {
            if (formattable == null) ThrowHelper.ThrowArgumentNullException(nameof(formattable));
            return formattable.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        public static string CurrentCulture(FormattableString formattable)
        {
            if (formattable == null) ThrowHelper.ThrowArgumentNullException(nameof(formattable));
            return formattable.ToString(System.Globalization.CultureInfo.CurrentCulture);
        }
        public override string ToString() => ToString(System.Globalization.CultureInfo.CurrentCulture);
    }

    public sealed class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _created;
        public Lazy() : this(() => Activator.CreateInstance<T>()) { }
        public Lazy(Func<T> valueFactory) { if (valueFactory == null) ThrowHelper.ThrowArgumentNullException(nameof(valueFactory)); _factory = valueFactory; }
        public Lazy(T value) { _value = value; _created = true; }
        public Lazy(bool isThreadSafe) : this() { }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory) { }
        public bool IsValueCreated => _created;
        public T Value
        {
            get
            {
                if (!_created) { _value = _factory(); _created = true; _factory = null; }
                return _value;
            }
        }
        public override string ToString() => IsValueCreated ? Value?.ToString() ?? "" : "Value is not created.";
    }
}

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> list;
        public ReadOnlyCollection(IList<T> list) { if (list == null) ThrowHelper.ThrowArgumentNullException(nameof(list)); this.list = list; }
        public static ReadOnlyCollection<T> Empty { get; } = new ReadOnlyCollection<T>(new T[0]);
        public int Count => list.Count;
        public T this[int index] => list[index];
        public bool Contains(T value) => list.Contains(value);
        public void CopyTo(T[] array, int index) => list.CopyTo(array, index);
        public IEnumerator<T> GetEnumerator() => list.GetEnumerator();
        public int IndexOf(T value) => list.IndexOf(value);
        protected IList<T> Items => list;
        bool ICollection<T>.IsReadOnly => true;
        T IList<T>.this[int index] { get => list[index]; set => ThrowHelper.ThrowNotSupportedException_ReadOnly(); }
        void ICollection<T>.Add(T value) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        void ICollection<T>.Clear() => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        void IList<T>.Insert(int index, T value) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        bool ICollection<T>.Remove(T value) { ThrowHelper.ThrowNotSupportedException_ReadOnly(); return false; }
        void IList<T>.RemoveAt(int index) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)list).GetEnumerator();
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < list.Count; i++) array.SetValue(list[i], index + i); }
        bool IList.IsFixedSize => true;
        bool IList.IsReadOnly => true;
        object IList.this[int index] { get => list[index]; set => ThrowHelper.ThrowNotSupportedException_ReadOnly(); }
        int IList.Add(object value) { ThrowHelper.ThrowNotSupportedException_ReadOnly(); return -1; }
        void IList.Clear() => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        bool IList.Contains(object value) => value is T t && Contains(t);
        int IList.IndexOf(object value) => value is T t ? IndexOf(t) : -1;
        void IList.Insert(int index, object value) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        void IList.Remove(object value) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
        void IList.RemoveAt(int index) => ThrowHelper.ThrowNotSupportedException_ReadOnly();
    }
}
