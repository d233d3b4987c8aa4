namespace System.Collections.Generic
{
    /// <summary>Hash set with CoreCLR's observable order (entry-slot order, LIFO reuse of removed slots).</summary>
    [Serializable]
    public class HashSet<T> : ICollection<T>, ISet<T>, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        private struct Entry { public int HashCode; public int Next; public T Value; }
        private const int StartOfFreeList = -3;

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<T> _comparer;

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { if (comparer != null && comparer != EqualityComparer<T>.Default) _comparer = comparer; }
        public HashSet(int capacity) : this(capacity, null) { }
        public HashSet(IEnumerable<T> collection) : this(collection, null) { }
        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
        }
        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if (collection is HashSet<T> other && EqualityComparersAreEqual(this, other))
            {
                ConstructFrom(other);
            }
            else
            {
                if (collection is ICollection<T> coll && coll.Count > 0) Initialize(coll.Count);
                UnionWith(collection);
                if (_count > 0 && _entries.Length / _count > 3) TrimExcess();
            }
        }

        private void ConstructFrom(HashSet<T> source)
        {
            if (source.Count == 0) return;
            int capacity = source._buckets.Length;
            int threshold = HashHelpers.ExpandPrime(source.Count + 1);
            if (threshold >= capacity)
            {
                _buckets = (int[])source._buckets.Clone();
                _entries = (Entry[])source._entries.Clone();
                _freeList = source._freeList;
                _freeCount = source._freeCount;
                _count = source._count;
            }
            else
            {
                Initialize(source.Count);
                Entry[] entries = source._entries;
                for (int i = 0; i < source._count; i++)
                {
                    ref Entry entry = ref entries[i];
                    if (entry.Next >= -1) AddIfNotPresent(entry.Value, out _);
                }
            }
        }

        private static bool EqualityComparersAreEqual(HashSet<T> a, HashSet<T> b) => a.Comparer.Equals(b.Comparer);

        public IEqualityComparer<T> Comparer => _comparer ?? EqualityComparer<T>.Default;
        public int Count => _count - _freeCount;
        public int Capacity => _entries?.Length ?? 0;
        bool ICollection<T>.IsReadOnly => false;

        private int HashOf(T item) => item == null ? 0 : (_comparer == null ? EqualityComparer<T>.Default.GetHashCode(item) : _comparer.GetHashCode(item));
        private bool Eq(T a, T b) => _comparer == null ? EqualityComparer<T>.Default.Equals(a, b) : _comparer.Equals(a, b);

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            _freeCount = 0;
            return size;
        }

        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                Array.Clear(_entries, 0, count);
            }
        }

        public bool Contains(T item) => FindItemIndex(item) >= 0;

        private int FindItemIndex(T item)
        {
            if (_buckets == null) return -1;
            Entry[] entries = _entries;
            int hashCode = HashOf(item);
            int i = _buckets[(uint)hashCode % (uint)_buckets.Length] - 1;
            uint collisions = 0;
            while (i >= 0)
            {
                ref Entry entry = ref entries[i];
                if (entry.HashCode == hashCode && Eq(entry.Value, item)) return i;
                i = entry.Next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
            }
            return -1;
        }

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            Entry[] entries = _entries;
            uint collisions = 0;
            int last = -1;
            int hashCode = HashOf(item);
            ref int bucket = ref _buckets[(uint)hashCode % (uint)_buckets.Length];
            int i = bucket - 1;
            while (i >= 0)
            {
                ref Entry entry = ref entries[i];
                if (entry.HashCode == hashCode && Eq(entry.Value, item))
                {
                    if (last < 0) bucket = entry.Next + 1;
                    else entries[last].Next = entry.Next;
                    entry.Next = StartOfFreeList - _freeList;
                    entry.Value = default;
                    _freeList = i;
                    _freeCount++;
                    return true;
                }
                last = i;
                i = entry.Next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
            }
            return false;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        void ICollection<T>.Add(T item) => AddIfNotPresent(item, out _);
        public bool Add(T item) => AddIfNotPresent(item, out _);

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int index = FindItemIndex(equalValue);
            if (index >= 0) { actualValue = _entries[index].Value; return true; }
            actualValue = default;
            return false;
        }

        private bool AddIfNotPresent(T value, out int location)
        {
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries;
            int hashCode = HashOf(value);
            uint collisions = 0;
            ref int bucket = ref _buckets[(uint)hashCode % (uint)_buckets.Length];
            int i = bucket - 1;
            while (i >= 0)
            {
                ref Entry entry = ref entries[i];
                if (entry.HashCode == hashCode && Eq(entry.Value, value)) { location = i; return false; }
                i = entry.Next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeCount--;
                _freeList = StartOfFreeList - entries[_freeList].Next;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = ref _buckets[(uint)hashCode % (uint)_buckets.Length];
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }
            ref Entry e = ref entries[index];
            e.HashCode = hashCode;
            e.Next = bucket - 1;
            e.Value = value;
            bucket = index + 1;
            _version++;
            location = index;
            return true;
        }

        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                ref Entry entry = ref entries[i];
                if (entry.Next >= -1)
                {
                    ref int bucket = ref _buckets[(uint)entry.HashCode % (uint)newSize];
                    entry.Next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            foreach (T item in other) AddIfNotPresent(item, out _);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0 || other == this) return;
            if (other is ICollection<T> c && c.Count == 0) { Clear(); return; }
            HashSet<T> set = other as HashSet<T>;
            if (set == null || !EqualityComparersAreEqual(this, set))
            {
                set = new HashSet<T>(Comparer);
                foreach (T item in other) if (Contains(item)) set.Add(item);
            }
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
            {
                ref Entry entry = ref entries[i];
                if (entry.Next >= -1)
                {
                    T item = entry.Value;
                    if (!set.Contains(item)) Remove(item);
                }
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0) return;
            if (other == this) { Clear(); return; }
            foreach (T element in other) Remove(element);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0) { UnionWith(other); return; }
            if (other == this) { Clear(); return; }
            if (other is HashSet<T> otherSet && EqualityComparersAreEqual(this, otherSet))
            {
                foreach (T item in otherSet) { if (!Remove(item)) AddIfNotPresent(item, out _); }
                return;
            }
            // add what is missing (remembering slots filled from 'other'), then remove what was present, by slot order
            int originalCount = _count;
            var toRemove = new bool[originalCount];
            var addedFromOther = new bool[originalCount];
            foreach (T item in other)
            {
                if (AddIfNotPresent(item, out int location))
                {
                    if (location < originalCount) addedFromOther[location] = true;
                }
                else if (location < originalCount && !addedFromOther[location]) toRemove[location] = true;
            }
            for (int i = 0; i < originalCount; i++) if (toRemove[i]) Remove(_entries[i].Value);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0 || other == this) return true;
            var set = new HashSet<T>(other, Comparer);
            foreach (T item in this) if (!set.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (other == this) return false;
            var set = new HashSet<T>(other, Comparer);
            if (set.Count <= Count) return false;
            foreach (T item in this) if (!set.Contains(item)) return false;
            return true;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (other == this) return true;
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0 || other == this) return false;
            var set = new HashSet<T>(other, Comparer);
            if (set.Count >= Count) return false;
            foreach (T item in set) if (!Contains(item)) return false;
            return true;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (Count == 0) return false;
            if (other == this) return true;
            foreach (T element in other) if (Contains(element)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (other == this) return true;
            var set = new HashSet<T>(other, Comparer);
            if (set.Count != Count) return false;
            foreach (T item in set) if (!Contains(item)) return false;
            return true;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0, Count);
        public void CopyTo(T[] array, int arrayIndex) => CopyTo(array, arrayIndex, Count);
        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(arrayIndex));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
            Entry[] entries = _entries;
            for (int i = 0; i < _count && count != 0; i++)
            {
                ref Entry entry = ref entries[i];
                if (entry.Next >= -1) { array[arrayIndex++] = entry.Value; count--; }
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            Entry[] entries = _entries;
            int numRemoved = 0;
            for (int i = 0; i < _count; i++)
            {
                ref Entry entry = ref entries[i];
                if (entry.Next >= -1)
                {
                    T value = entry.Value;
                    if (match(value) && Remove(value)) numRemoved++;
                }
            }
            return numRemoved;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            int currentCapacity = _entries == null ? 0 : _entries.Length;
            if (currentCapacity >= capacity) return currentCapacity;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public void TrimExcess() => TrimExcess(Count);
        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException(nameof(capacity));
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] oldEntries = _entries;
            int currentCapacity = oldEntries == null ? 0 : oldEntries.Length;
            if (newSize >= currentCapacity) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            Entry[] entries = _entries;
            int count = 0;
            for (int i = 0; i < oldCount; i++)
            {
                int hashCode = oldEntries[i].HashCode;
                if (oldEntries[i].Next >= -1)
                {
                    ref Entry entry = ref entries[count];
                    entry = oldEntries[i];
                    ref int bucket = ref _buckets[(uint)hashCode % (uint)newSize];
                    entry.Next = bucket - 1;
                    bucket = count + 1;
                    count++;
                }
            }
            _count = count;
            _freeCount = 0;
        }

        public static IEqualityComparer<HashSet<T>> CreateSetComparer() => throw new NotSupportedException();

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly HashSet<T> _hashSet;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> hashSet) { _hashSet = hashSet; _version = hashSet._version; _index = 0; _current = default; }

            public bool MoveNext()
            {
                if (_version != _hashSet._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                while ((uint)_index < (uint)_hashSet._count)
                {
                    ref Entry entry = ref _hashSet._entries[_index++];
                    if (entry.Next >= -1) { _current = entry.Value; return true; }
                }
                _index = _hashSet._count + 1;
                _current = default;
                return false;
            }

            public T Current => _current;
            public void Dispose() { }
            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _hashSet._count + 1)) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _current;
                }
            }
            void IEnumerator.Reset()
            {
                if (_version != _hashSet._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0; _current = default;
            }
        }
    }
}
