using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    /// <summary>Hash map whose observable behaviour (enumeration order = entry-slot order; removed slots reused
    /// most-recently-freed first; entries keep their order on resize) matches CoreCLR's Dictionary.</summary>
    [Serializable]
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            public uint hashCode;
            public int next;        // index of the next entry in the chain; -1 = end; <= -2: in the free list (StartOfFreeList - nextFree)
            public TKey key;
            public TValue value;
        }

        private const int StartOfFreeList = -3;

        private int[] _buckets;     // 1-based entry index, 0 = empty
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<TKey> _comparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }
        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (capacity > 0) Initialize(capacity);
            if (comparer != null && comparer != EqualityComparer<TKey>.Default) _comparer = comparer;
        }
        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this((collection as ICollection<KeyValuePair<TKey, TValue>>)?.Count ?? 0, comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (KeyValuePair<TKey, TValue> pair in collection) Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer => _comparer ?? EqualityComparer<TKey>.Default;
        public int Count => _count - _freeCount;
        public int Capacity => _entries?.Length ?? 0;
        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        public ValueCollection Values => _values ??= new ValueCollection(this);
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        public TValue this[TKey key]
        {
            get
            {
                ref TValue value = ref FindValue(key);
                if (!Unsafe.IsNullRef(ref value)) return value;
                ThrowHelper.ThrowKeyNotFoundException(key);
                return default;
            }
            set => TryInsert(key, value, InsertionBehavior.OverwriteExisting);
        }

        public void Add(TKey key, TValue value) => TryInsert(key, value, InsertionBehavior.ThrowOnExisting);
        public bool TryAdd(TKey key, TValue value) => TryInsert(key, value, InsertionBehavior.None);

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) => Add(keyValuePair.Key, keyValuePair.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            ref TValue value = ref FindValue(keyValuePair.Key);
            return !Unsafe.IsNullRef(ref value) && EqualityComparer<TValue>.Default.Equals(value, keyValuePair.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            ref TValue value = ref FindValue(keyValuePair.Key);
            if (!Unsafe.IsNullRef(ref value) && EqualityComparer<TValue>.Default.Equals(value, keyValuePair.Value)) { Remove(keyValuePair.Key); return true; }
            return false;
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

        public bool ContainsKey(TKey key) => !Unsafe.IsNullRef(ref FindValue(key));

        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
                if (entries[i].next >= -1 && EqualityComparer<TValue>.Default.Equals(entries[i].value, value)) return true;
            return false;
        }

        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if ((uint)index > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (array.Length - index < Count) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
                if (entries[i].next >= -1) array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        public Enumerator GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);

        private int HashOf(TKey key) => _comparer == null ? EqualityComparer<TKey>.Default.GetHashCode(key) : _comparer.GetHashCode(key);
        private bool KeyEquals(TKey a, TKey b) => _comparer == null ? EqualityComparer<TKey>.Default.Equals(a, b) : _comparer.Equals(a, b);

        internal ref TValue FindValue(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets != null)
            {
                uint hashCode = (uint)HashOf(key);
                int i = _buckets[hashCode % (uint)_buckets.Length] - 1;
                Entry[] entries = _entries;
                uint collisions = 0;
                while ((uint)i < (uint)entries.Length)
                {
                    ref Entry entry = ref entries[i];
                    if (entry.hashCode == hashCode && KeyEquals(entry.key, key)) return ref entry.value;
                    i = entry.next;
                    if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
                }
            }
            return ref Unsafe.NullRef<TValue>();
        }

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }

        private enum InsertionBehavior { None, OverwriteExisting, ThrowOnExisting }

        private bool TryInsert(TKey key, TValue value, InsertionBehavior behavior)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries;
            uint hashCode = (uint)HashOf(key);
            uint collisions = 0;
            ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
            int i = bucket - 1;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && KeyEquals(entries[i].key, key))
                {
                    if (behavior == InsertionBehavior.OverwriteExisting) { entries[i].value = value; return true; }
                    if (behavior == InsertionBehavior.ThrowOnExisting) ThrowHelper.ThrowAddingDuplicateWithKeyArgumentException(key);
                    return false;
                }
                i = entries[i].next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
            }

            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }

            ref Entry entry = ref entries[index];
            entry.hashCode = hashCode;
            entry.next = bucket - 1;
            entry.key = key;
            entry.value = value;
            bucket = index + 1;
            _version++;
            return true;
        }

        internal ref TValue GetValueRefOrAddDefault(TKey key, out bool exists)
        {
            ref TValue v = ref FindValue(key);
            if (!Unsafe.IsNullRef(ref v)) { exists = true; return ref v; }
            exists = false;
            TryInsert(key, default, InsertionBehavior.None);
            return ref FindValue(key);
        }

        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    ref int bucket = ref _buckets[entries[i].hashCode % (uint)newSize];
                    entries[i].next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
        }

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            if (_buckets != null)
            {
                Entry[] entries = _entries;
                uint collisions = 0;
                uint hashCode = (uint)HashOf(key);
                ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                int last = -1;
                int i = bucket - 1;
                while (i >= 0)
                {
                    ref Entry entry = ref entries[i];
                    if (entry.hashCode == hashCode && KeyEquals(entry.key, key))
                    {
                        if (last < 0) bucket = entry.next + 1;
                        else entries[last].next = entry.next;
                        value = entry.value;
                        entry.next = StartOfFreeList - _freeList;
                        entry.key = default;
                        entry.value = default;
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }
                    last = i;
                    i = entry.next;
                    if (++collisions > (uint)entries.Length) throw new InvalidOperationException(SR.InvalidOperation_ConcurrentOperationsNotSupported);
                }
            }
            value = default;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            ref TValue valRef = ref FindValue(key);
            if (!Unsafe.IsNullRef(ref valRef)) { value = valRef; return true; }
            value = default;
            return false;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            int currentCapacity = _entries == null ? 0 : _entries.Length;
            if (currentCapacity >= capacity) return currentCapacity;
            _version++;
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
                uint hashCode = oldEntries[i].hashCode;
                if (oldEntries[i].next >= -1)
                {
                    ref Entry entry = ref entries[count];
                    entry = oldEntries[i];
                    ref int bucket = ref _buckets[hashCode % (uint)newSize];
                    entry.next = bucket - 1;
                    bucket = count + 1;
                    count++;
                }
            }
            _count = count;
            _freeCount = 0;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => CopyTo(array, index);
        void ICollection.CopyTo(Array array, int index)
        {
            if (array is KeyValuePair<TKey, TValue>[] pairs) { CopyTo(pairs, index); return; }
            foreach (var kv in this) array.SetValue(kv, index++);
        }
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        bool IDictionary.IsFixedSize => false;
        bool IDictionary.IsReadOnly => false;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;
        object IDictionary.this[object key]
        {
            get { if (key is TKey k) { ref TValue v = ref FindValue(k); if (!Unsafe.IsNullRef(ref v)) return v; } return null; }
            set { this[(TKey)key] = (TValue)value; }
        }
        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this, Enumerator.DictEntry);
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private readonly int _getEnumeratorRetType;
            internal const int DictEntry = 1;
            internal const int KeyValuePair = 2;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _getEnumeratorRetType = getEnumeratorRetType;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                while ((uint)_index < (uint)_dictionary._count)
                {
                    ref Entry entry = ref _dictionary._entries[_index++];
                    if (entry.next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(entry.key, entry.value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;
            public void Dispose() { }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _dictionary._count + 1)) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    if (_getEnumeratorRetType == DictEntry) return new DictionaryEntry(_current.Key, _current.Value);
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0;
                _current = default;
            }

            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_current.Key, _current.Value);
            object IDictionaryEnumerator.Key => _current.Key;
            object IDictionaryEnumerator.Value => _current.Value;
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
                _dictionary = dictionary;
            }
            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
                var entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array[index++] = entries[i].key;
            }
            public int Count => _dictionary.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            void ICollection<TKey>.Clear() => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            public bool Contains(TKey item) => _dictionary.ContainsKey(item);
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            void ICollection.CopyTo(Array array, int index) { foreach (var k in this) array.SetValue(k, index++); }
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => _dictionary;

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TKey _currentKey;
                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; _version = dictionary._version; _index = 0; _currentKey = default; }
                public void Dispose() { }
                public bool MoveNext()
                {
                    if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        ref Entry entry = ref _dictionary._entries[_index++];
                        if (entry.next >= -1) { _currentKey = entry.key; return true; }
                    }
                    _index = _dictionary._count + 1;
                    _currentKey = default;
                    return false;
                }
                public TKey Current => _currentKey;
                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || (_index == _dictionary._count + 1)) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                        return _currentKey;
                    }
                }
                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    _index = 0; _currentKey = default;
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
                _dictionary = dictionary;
            }
            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
                var entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array[index++] = entries[i].value;
            }
            public int Count => _dictionary.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            void ICollection<TValue>.Clear() => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            bool ICollection<TValue>.Contains(TValue item) => _dictionary.ContainsValue(item);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            void ICollection.CopyTo(Array array, int index) { foreach (var v in this) array.SetValue(v, index++); }
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => _dictionary;

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TValue _currentValue;
                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; _version = dictionary._version; _index = 0; _currentValue = default; }
                public void Dispose() { }
                public bool MoveNext()
                {
                    if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        ref Entry entry = ref _dictionary._entries[_index++];
                        if (entry.next >= -1) { _currentValue = entry.value; return true; }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default;
                    return false;
                }
                public TValue Current => _currentValue;
                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || (_index == _dictionary._count + 1)) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                        return _currentValue;
                    }
                }
                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    _index = 0; _currentValue = default;
                }
            }
        }
    }
}
