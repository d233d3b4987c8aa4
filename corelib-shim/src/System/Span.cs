using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace System
{
    /// <summary>Layout law: ref T _reference at 0, int _length at 8.</summary>
    [NonVersionable]
    public readonly ref struct Span<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public Span(T[] array)
        {
            if (array == null) { this = default; return; }
            if (default(T) == null && RuntimeHelpers.GetMethodTable(array) != RuntimeHelpers.GetMethodTableOf<T[]>()) ThrowHelper.ThrowArrayTypeMismatchException();
            _reference = ref MemoryMarshal.GetArrayDataReference(array);
            _length = array.Length;
        }

        public Span(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) ThrowHelper.ThrowArgumentOutOfRangeException();
                this = default; return;
            }
            if (default(T) == null && RuntimeHelpers.GetMethodTable(array) != RuntimeHelpers.GetMethodTableOf<T[]>()) ThrowHelper.ThrowArrayTypeMismatchException();
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) ThrowHelper.ThrowArgumentOutOfRangeException();
            _reference = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)(uint)start);
            _length = length;
        }

        public unsafe Span(void* pointer, int length)
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) ThrowHelper.ThrowInvalidTypeWithPointersNotSupported(typeof(T));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRangeException();
            _reference = ref Unsafe.AsRef<T>(pointer);
            _length = length;
        }

        public Span(ref T reference)
        {
            _reference = ref reference;
            _length = 1;
        }

        internal Span(ref T reference, int length)
        {
            _reference = ref reference;
            _length = length;
        }

        public ref T this[int index]
        {
            [Intrinsic, NonVersionable]
            get
            {
                if ((uint)index >= (uint)_length) ThrowHelper.ThrowIndexOutOfRangeException();
                return ref Unsafe.Add(ref _reference, (nint)(uint)index);
            }
        }

        public int Length { [NonVersionable] get => _length; }
        public bool IsEmpty { [NonVersionable] get => _length == 0; }
        public static Span<T> Empty => default;

        public static bool operator !=(Span<T> left, Span<T> right) => !(left == right);
        public static bool operator ==(Span<T> left, Span<T> right) => left._length == right._length && Unsafe.AreSame(ref left._reference, ref right._reference);

        [Obsolete("Equals() on Span will always throw an exception. Use the equality operator instead.")]
        public override bool Equals(object obj) => throw new NotSupportedException(SR.NotSupported_CannotCallEqualsOnSpan);
        [Obsolete("GetHashCode() on Span will always throw an exception.")]
        public override int GetHashCode() => throw new NotSupportedException(SR.NotSupported_CannotCallGetHashCodeOnSpan);

        public static implicit operator Span<T>(T[] array) => new Span<T>(array);
        public static implicit operator Span<T>(ArraySegment<T> segment) => new Span<T>(segment.Array, segment.Offset, segment.Count);
        public static implicit operator ReadOnlySpan<T>(Span<T> span) => new ReadOnlySpan<T>(ref span._reference, span._length);

        public Enumerator GetEnumerator() => new Enumerator(this);

        public ref struct Enumerator
        {
            private readonly Span<T> _span;
            private int _index;
            internal Enumerator(Span<T> span) { _span = span; _index = -1; }
            public bool MoveNext()
            {
                int index = _index + 1;
                if (index < _span.Length) { _index = index; return true; }
                return false;
            }
            public ref T Current => ref _span[_index];
        }

        public ref T GetPinnableReference()
        {
            ref T ret = ref Unsafe.NullRef<T>();
            if (_length != 0) ret = ref _reference;
            return ref ret;
        }

        public void Clear() => SpanHelpers.Clear(ref _reference, (nuint)(uint)_length);

        public void Fill(T value)
        {
            for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = value;
        }

        public void CopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) ThrowHelper.ThrowArgumentException_DestinationTooShort();
            SpanHelpers.Memmove(ref destination._reference, ref _reference, (nuint)(uint)_length);
        }

        public bool TryCopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) return false;
            SpanHelpers.Memmove(ref destination._reference, ref _reference, (nuint)(uint)_length);
            return true;
        }

        public override string ToString()
        {
            if (RuntimeHelpers.GetMethodTableOf<T>() == RuntimeHelpers.GetMethodTableOf<char>()) return new string(new ReadOnlySpan<char>(ref Unsafe.As<T, char>(ref _reference), _length));
            return "System.Span<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        }

        public Span<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelper.ThrowArgumentOutOfRangeException();
            return new Span<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), _length - start);
        }

        public Span<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) ThrowHelper.ThrowArgumentOutOfRangeException();
            return new Span<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), length);
        }

        public T[] ToArray()
        {
            if (_length == 0) return Array.Empty<T>();
            var destination = new T[_length];
            SpanHelpers.Memmove(ref MemoryMarshal.GetArrayDataReference(destination), ref _reference, (nuint)(uint)_length);
            return destination;
        }
    }

    /// <summary>Layout law: ref T _reference at 0, int _length at 8.</summary>
    [NonVersionable]
    public readonly ref struct ReadOnlySpan<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public ReadOnlySpan(T[] array)
        {
            if (array == null) { this = default; return; }
            _reference = ref MemoryMarshal.GetArrayDataReference(array);
            _length = array.Length;
        }

        public ReadOnlySpan(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) ThrowHelper.ThrowArgumentOutOfRangeException();
                this = default; return;
            }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) ThrowHelper.ThrowArgumentOutOfRangeException();
            _reference = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)(uint)start);
            _length = length;
        }

        public unsafe ReadOnlySpan(void* pointer, int length)
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) ThrowHelper.ThrowInvalidTypeWithPointersNotSupported(typeof(T));
            if (length < 0) ThrowHelper.ThrowArgumentOutOfRangeException();
            _reference = ref Unsafe.AsRef<T>(pointer);
            _length = length;
        }

        public ReadOnlySpan(ref readonly T reference)
        {
            _reference = ref Unsafe.AsRef(in reference);
            _length = 1;
        }

        internal ReadOnlySpan(ref T reference, int length)
        {
            _reference = ref reference;
            _length = length;
        }

        public ref readonly T this[int index]
        {
            [Intrinsic, NonVersionable]
            get
            {
                if ((uint)index >= (uint)_length) ThrowHelper.ThrowIndexOutOfRangeException();
                return ref Unsafe.Add(ref _reference, (nint)(uint)index);
            }
        }

        public int Length { [NonVersionable] get => _length; }
        public bool IsEmpty { [NonVersionable] get => _length == 0; }
        public static ReadOnlySpan<T> Empty => default;

        public static bool operator !=(ReadOnlySpan<T> left, ReadOnlySpan<T> right) => !(left == right);
        public static bool operator ==(ReadOnlySpan<T> left, ReadOnlySpan<T> right) => left._length == right._length && Unsafe.AreSame(ref left._reference, ref right._reference);

        [Obsolete("Equals() on ReadOnlySpan will always throw an exception. Use the equality operator instead.")]
        public override bool Equals(object obj) => throw new NotSupportedException(SR.NotSupported_CannotCallEqualsOnSpan);
        [Obsolete("GetHashCode() on ReadOnlySpan will always throw an exception.")]
        public override int GetHashCode() => throw new NotSupportedException(SR.NotSupported_CannotCallGetHashCodeOnSpan);

        public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);
        public static implicit operator ReadOnlySpan<T>(ArraySegment<T> segment) => new ReadOnlySpan<T>(segment.Array, segment.Offset, segment.Count);

        public static ReadOnlySpan<T> CastUp<TDerived>(ReadOnlySpan<TDerived> items) where TDerived : class, T
            => new ReadOnlySpan<T>(ref Unsafe.As<TDerived, T>(ref items._reference), items.Length);

        public Enumerator GetEnumerator() => new Enumerator(this);

        public ref struct Enumerator
        {
            private readonly ReadOnlySpan<T> _span;
            private int _index;
            internal Enumerator(ReadOnlySpan<T> span) { _span = span; _index = -1; }
            public bool MoveNext()
            {
                int index = _index + 1;
                if (index < _span.Length) { _index = index; return true; }
                return false;
            }
            public ref readonly T Current => ref _span[_index];
        }

        public ref readonly T GetPinnableReference()
        {
            ref T ret = ref Unsafe.NullRef<T>();
            if (_length != 0) ret = ref _reference;
            return ref ret;
        }

        public void CopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) ThrowHelper.ThrowArgumentException_DestinationTooShort();
            SpanHelpers.Memmove(ref destination._reference, ref _reference, (nuint)(uint)_length);
        }

        public bool TryCopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) return false;
            SpanHelpers.Memmove(ref destination._reference, ref _reference, (nuint)(uint)_length);
            return true;
        }

        public override string ToString()
        {
            if (RuntimeHelpers.GetMethodTableOf<T>() == RuntimeHelpers.GetMethodTableOf<char>()) return new string(new ReadOnlySpan<char>(ref Unsafe.As<T, char>(ref _reference), _length));
            return "System.ReadOnlySpan<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        }

        public ReadOnlySpan<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) ThrowHelper.ThrowArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), _length - start);
        }

        public ReadOnlySpan<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) ThrowHelper.ThrowArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), length);
        }

        public T[] ToArray()
        {
            if (_length == 0) return Array.Empty<T>();
            var destination = new T[_length];
            SpanHelpers.Memmove(ref MemoryMarshal.GetArrayDataReference(destination), ref _reference, (nuint)(uint)_length);
            return destination;
        }
    }

    public readonly struct ArraySegment<T> : System.Collections.Generic.IList<T>, System.Collections.Generic.IReadOnlyList<T>
    {
        private readonly T[] _array;
        private readonly int _offset;
        private readonly int _count;

        public ArraySegment(T[] array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            _array = array; _offset = 0; _count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NeedNonNegNum);
            if (array.Length - offset < count) throw new ArgumentException(SR.Argument_InvalidOffLen);
            _array = array; _offset = offset; _count = count;
        }

        public T[] Array => _array;
        public int Offset => _offset;
        public int Count => _count;
        public static ArraySegment<T> Empty => new ArraySegment<T>(new T[0]);

        public T this[int index]
        {
            get { if ((uint)index >= (uint)_count) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(); return _array[_offset + index]; }
            set { if ((uint)index >= (uint)_count) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(); _array[_offset + index] = value; }
        }

        public ArraySegment<T> Slice(int index) => new ArraySegment<T>(_array, _offset + index, _count - index);
        public ArraySegment<T> Slice(int index, int count) => new ArraySegment<T>(_array, _offset + index, count);
        public T[] ToArray() { var a = new T[_count]; System.Array.Copy(_array, _offset, a, 0, _count); return a; }
        public void CopyTo(T[] destination) => CopyTo(destination, 0);
        public void CopyTo(T[] destination, int destinationIndex) => System.Array.Copy(_array, _offset, destination, destinationIndex, _count);
        public void CopyTo(ArraySegment<T> destination) => System.Array.Copy(_array, _offset, destination._array, destination._offset, _count);
        public override bool Equals(object obj) => obj is ArraySegment<T> other && Equals(other);
        public bool Equals(ArraySegment<T> obj) => obj._array == _array && obj._offset == _offset && obj._count == _count;
        public override int GetHashCode() => _array == null ? 0 : HashCode.Combine(_offset, _count, _array.GetHashCode());
        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b) => a.Equals(b);
        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b) => !(a == b);
        public static implicit operator ArraySegment<T>(T[] array) => array != null ? new ArraySegment<T>(array) : default;

        public Enumerator GetEnumerator() => new Enumerator(this);

        int System.Collections.Generic.IList<T>.IndexOf(T item)
        {
            int index = System.Array.IndexOf(_array, item, _offset, _count);
            return index >= 0 ? index - _offset : -1;
        }
        void System.Collections.Generic.IList<T>.Insert(int index, T item) => throw new NotSupportedException();
        void System.Collections.Generic.IList<T>.RemoveAt(int index) => throw new NotSupportedException();
        bool System.Collections.Generic.ICollection<T>.IsReadOnly => true;
        void System.Collections.Generic.ICollection<T>.Add(T item) => throw new NotSupportedException();
        void System.Collections.Generic.ICollection<T>.Clear() => throw new NotSupportedException();
        bool System.Collections.Generic.ICollection<T>.Contains(T item) => System.Array.IndexOf(_array, item, _offset, _count) >= 0;
        bool System.Collections.Generic.ICollection<T>.Remove(T item) => throw new NotSupportedException();
        System.Collections.Generic.IEnumerator<T> System.Collections.Generic.IEnumerable<T>.GetEnumerator() => GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : System.Collections.Generic.IEnumerator<T>
        {
            private readonly T[] _array;
            private readonly int _start;
            private readonly int _end;
            private int _current;
            internal Enumerator(ArraySegment<T> arraySegment) { _array = arraySegment._array; _start = arraySegment._offset; _end = _start + arraySegment._count; _current = _start - 1; }
            public bool MoveNext() { if (_current < _end) { _current++; return _current < _end; } return false; }
            public T Current => _array[_current];
            object System.Collections.IEnumerator.Current => Current;
            void System.Collections.IEnumerator.Reset() => _current = _start - 1;
            public void Dispose() { }
        }
    }
}
