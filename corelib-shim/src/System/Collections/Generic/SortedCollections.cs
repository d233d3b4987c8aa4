namespace System.Collections.Generic
{
    /// <summary>SortedSet over an AVL tree (CoreCLR uses a red-black tree; only the sorted order is observable).</summary>
    [Serializable]
    public class SortedSet<T> : ISet<T>, ICollection<T>, ICollection, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        private sealed class Node { public T Item; public Node Left, Right; public int Height = 1; }
        private Node _root;
        private int _count;
        private int _version;
        private readonly IComparer<T> _comparer;

        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { _comparer = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) Add(item);
        }

        public IComparer<T> Comparer => _comparer;
        public int Count => _count;
        bool ICollection<T>.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public T Min { get { Node n = _root; if (n == null) return default; while (n.Left != null) n = n.Left; return n.Item; } }
        public T Max { get { Node n = _root; if (n == null) return default; while (n.Right != null) n = n.Right; return n.Item; } }

        private static int H(Node n) => n?.Height ?? 0;
        private static void Fix(Node n) => n.Height = 1 + Math.Max(H(n.Left), H(n.Right));
        private static Node RotR(Node n) { Node l = n.Left; n.Left = l.Right; l.Right = n; Fix(n); Fix(l); return l; }
        private static Node RotL(Node n) { Node r = n.Right; n.Right = r.Left; r.Left = n; Fix(n); Fix(r); return r; }
        private static Node Balance(Node n)
        {
            Fix(n);
            int bf = H(n.Left) - H(n.Right);
            if (bf > 1) { if (H(n.Left.Left) < H(n.Left.Right)) n.Left = RotL(n.Left); return RotR(n); }
            if (bf < -1) { if (H(n.Right.Right) < H(n.Right.Left)) n.Right = RotR(n.Right); return RotL(n); }
            return n;
        }

        private Node Insert(Node n, T item, ref bool added)
        {
            if (n == null) { added = true; return new Node { Item = item }; }
            int c = _comparer.Compare(item, n.Item);
            if (c < 0) n.Left = Insert(n.Left, item, ref added);
            else if (c > 0) n.Right = Insert(n.Right, item, ref added);
            else return n;
            return Balance(n);
        }

        private static Node DeleteMin(Node n, out T min)
        {
            if (n.Left == null) { min = n.Item; return n.Right; }
            n.Left = DeleteMin(n.Left, out min);
            return Balance(n);
        }

        private Node Delete(Node n, T item, ref bool removed)
        {
            if (n == null) return null;
            int c = _comparer.Compare(item, n.Item);
            if (c < 0) n.Left = Delete(n.Left, item, ref removed);
            else if (c > 0) n.Right = Delete(n.Right, item, ref removed);
            else
            {
                removed = true;
                if (n.Left == null) return n.Right;
                if (n.Right == null) return n.Left;
                n.Right = DeleteMin(n.Right, out T min);
                n.Item = min;
            }
            return Balance(n);
        }

        private Node Find(T item)
        {
            Node n = _root;
            while (n != null)
            {
                int c = _comparer.Compare(item, n.Item);
                if (c == 0) return n;
                n = c < 0 ? n.Left : n.Right;
            }
            return null;
        }

        public bool Add(T item)
        {
            bool added = false;
            _root = Insert(_root, item, ref added);
            if (added) { _count++; _version++; }
            return added;
        }
        void ICollection<T>.Add(T item) => Add(item);

        public bool Remove(T item)
        {
            bool removed = false;
            _root = Delete(_root, item, ref removed);
            if (removed) { _count--; _version++; }
            return removed;
        }

        public virtual void Clear() { _root = null; _count = 0; _version++; }
        public virtual bool Contains(T item) => Find(item) != null;
        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node n = Find(equalValue);
            actualValue = n != null ? n.Item : default;
            return n != null;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0, Count);
        public void CopyTo(T[] array, int index) => CopyTo(array, index, Count);
        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (count > array.Length - index) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
            foreach (T item in this) { if (count-- == 0) break; array[index++] = item; }
        }
        void ICollection.CopyTo(Array array, int index) { foreach (T item in this) array.SetValue(item, index++); }

        public Enumerator GetEnumerator() => new Enumerator(this, false);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public IEnumerable<T> Reverse() { var e = new Enumerator(this, true); while (e.MoveNext()) yield return e.Current; }

        private List<T> ToList() { var l = new List<T>(_count); foreach (T t in this) l.Add(t); return l; }

        public void UnionWith(IEnumerable<T> other) { if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other)); foreach (T t in other) Add(t); }
        public virtual void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            var keep = new SortedSet<T>(_comparer);
            foreach (T t in other) if (Contains(t)) keep.Add(t);
            _root = keep._root; _count = keep._count; _version++;
        }
        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (other == this) { Clear(); return; }
            foreach (T t in other) Remove(t);
        }
        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other));
            if (other == this) { Clear(); return; }
            foreach (T t in new SortedSet<T>(other, _comparer)) { if (!Remove(t)) Add(t); }
        }
        public bool IsSubsetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); foreach (T t in this) if (!o.Contains(t)) return false; return true; }
        public bool IsProperSubsetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); return o.Count > Count && IsSubsetOf(o); }
        public bool IsSupersetOf(IEnumerable<T> other) { if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other)); foreach (T t in other) if (!Contains(t)) return false; return true; }
        public bool IsProperSupersetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); return o.Count < Count && IsSupersetOf(o); }
        public bool Overlaps(IEnumerable<T> other) { if (other == null) ThrowHelper.ThrowArgumentNullException(nameof(other)); foreach (T t in other) if (Contains(t)) return true; return false; }
        public bool SetEquals(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); return o.Count == Count && IsSupersetOf(o); }
        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            int n = 0;
            foreach (T t in ToList()) if (match(t) && Remove(t)) n++;
            return n;
        }
        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (_comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("lowerBound is greater than upperBound", nameof(lowerValue));
            var r = new SortedSet<T>(_comparer);
            foreach (T t in this) if (_comparer.Compare(t, lowerValue) >= 0 && _comparer.Compare(t, upperValue) <= 0) r.Add(t);
            return r;
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly SortedSet<T> _set;
            private readonly int _version;
            private readonly bool _reverse;
            private Stack<Node> _stack;
            private Node _current;

            internal Enumerator(SortedSet<T> set, bool reverse)
            {
                _set = set; _version = set._version; _reverse = reverse; _stack = null; _current = null;
                Initialize();
            }

            private void Initialize()
            {
                _stack = new Stack<Node>(2 * Log2(_set.Count + 1));
                _current = null;
                Node n = _set._root;
                while (n != null) { _stack.Push(n); n = _reverse ? n.Right : n.Left; }
            }

            private static int Log2(int v) { int r = 1; while ((v >>= 1) != 0) r++; return r; }

            public bool MoveNext()
            {
                if (_version != _set._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_stack.Count == 0) { _current = null; return false; }
                _current = _stack.Pop();
                Node n = _reverse ? _current.Left : _current.Right;
                while (n != null) { _stack.Push(n); n = _reverse ? n.Right : n.Left; }
                return true;
            }

            public void Dispose() { }
            public T Current => _current != null ? _current.Item : default;
            object IEnumerator.Current
            {
                get
                {
                    if (_current == null) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _current.Item;
                }
            }
            void IEnumerator.Reset()
            {
                if (_version != _set._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                Initialize();
            }
        }
    }

    [Serializable]
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly SortedSet<KeyValuePair<TKey, TValue>> _set;
        private readonly IComparer<TKey> _keyComparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        private sealed class PairComparer : IComparer<KeyValuePair<TKey, TValue>>
        {
            internal readonly IComparer<TKey> KeyComparer;
            public PairComparer(IComparer<TKey> c) { KeyComparer = c; }
            public int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) => KeyComparer.Compare(x.Key, y.Key);
        }

        public SortedDictionary() : this((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer)
        {
            _keyComparer = comparer ?? Comparer<TKey>.Default;
            _set = new SortedSet<KeyValuePair<TKey, TValue>>(new PairComparer(_keyComparer));
        }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
            foreach (var kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer => _keyComparer;
        public int Count => _set.Count;
        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        public ValueCollection Values => _values ??= new ValueCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        bool IDictionary.IsReadOnly => false;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        private static KeyValuePair<TKey, TValue> Probe(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            return new KeyValuePair<TKey, TValue>(key, default);
        }

        public TValue this[TKey key]
        {
            get
            {
                if (_set.TryGetValue(Probe(key), out var kv)) return kv.Value;
                ThrowHelper.ThrowKeyNotFoundException(key);
                return default;
            }
            set
            {
                var p = Probe(key);
                _set.Remove(p);
                _set.Add(new KeyValuePair<TKey, TValue>(key, value));
            }
        }

        public void Add(TKey key, TValue value)
        {
            var pair = new KeyValuePair<TKey, TValue>(Probe(key).Key, value);
            if (!_set.Add(pair)) ThrowHelper.ThrowAddingDuplicateWithKeyArgumentException(pair); // CoreCLR reports the whole pair
        }
        public bool Remove(TKey key) => _set.Remove(Probe(key));
        public bool TryGetValue(TKey key, out TValue value)
        {
            if (_set.TryGetValue(Probe(key), out var kv)) { value = kv.Value; return true; }
            value = default; return false;
        }
        public bool ContainsKey(TKey key) => _set.Contains(Probe(key));
        public bool ContainsValue(TValue value) { foreach (var kv in _set) if (EqualityComparer<TValue>.Default.Equals(kv.Value, value)) return true; return false; }
        public void Clear() => _set.Clear();
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => _set.CopyTo(array, index);
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) => Add(keyValuePair.Key, keyValuePair.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair) => TryGetValue(keyValuePair.Key, out var v) && EqualityComparer<TValue>.Default.Equals(v, keyValuePair.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair) => ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(keyValuePair) && Remove(keyValuePair.Key);
        void ICollection.CopyTo(Array array, int index) { foreach (var kv in _set) array.SetValue(kv, index++); }
        object IDictionary.this[object key] { get => key is TKey k && TryGetValue(k, out var v) ? v : null; set => this[(TKey)key] = (TValue)value; }
        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this);

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _e;
            internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d._set.GetEnumerator(); }
            public bool MoveNext() => _e.MoveNext();
            public void Dispose() { }
            public KeyValuePair<TKey, TValue> Current => _e.Current;
            object IEnumerator.Current => _e.Current;
            void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
            object IDictionaryEnumerator.Key => _e.Current.Key;
            object IDictionaryEnumerator.Value => _e.Current.Value;
            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_e.Current.Key, _e.Current.Value);
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public KeyCollection(SortedDictionary<TKey, TValue> dictionary) { if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary)); _d = dictionary; }
            public int Count => _d.Count;
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public void CopyTo(TKey[] array, int index) { foreach (var kv in _d._set) array[index++] = kv.Key; }
            void ICollection.CopyTo(Array array, int index) { foreach (var kv in _d._set) array.SetValue(kv.Key, index++); }
            bool ICollection<TKey>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            void ICollection<TKey>.Clear() => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            bool ICollection<TKey>.Contains(TKey item) => _d.ContainsKey(item);
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException(SR.NotSupported_KeyCollectionSet);
            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private SortedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d.GetEnumerator(); }
                public bool MoveNext() => _e.MoveNext();
                public void Dispose() { }
                public TKey Current => _e.Current.Key;
                object IEnumerator.Current => _e.Current.Key;
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public ValueCollection(SortedDictionary<TKey, TValue> dictionary) { if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary)); _d = dictionary; }
            public int Count => _d.Count;
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public void CopyTo(TValue[] array, int index) { foreach (var kv in _d._set) array[index++] = kv.Value; }
            void ICollection.CopyTo(Array array, int index) { foreach (var kv in _d._set) array.SetValue(kv.Value, index++); }
            bool ICollection<TValue>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            void ICollection<TValue>.Clear() => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            bool ICollection<TValue>.Contains(TValue item) => _d.ContainsValue(item);
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException(SR.NotSupported_ValueCollectionSet);
            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private SortedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d.GetEnumerator(); }
                public bool MoveNext() => _e.MoveNext();
                public void Dispose() { }
                public TValue Current => _e.Current.Value;
                object IEnumerator.Current => _e.Current.Value;
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
            }
        }
    }

    /// <summary>SortedList: parallel sorted key/value arrays with binary search (as CoreCLR's).</summary>
    [Serializable]
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] _keys = Array.Empty<TKey>();
        private TValue[] _values = Array.Empty<TValue>();
        private int _size;
        private int _version;
        private readonly IComparer<TKey> _comparer;

        public SortedList() : this((IComparer<TKey>)null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) { _comparer = comparer ?? Comparer<TKey>.Default; }
        public SortedList(int capacity, IComparer<TKey> comparer) : this(comparer)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _keys = new TKey[capacity]; _values = new TValue[capacity];
        }
        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) ThrowHelper.ThrowArgumentNullException(nameof(dictionary));
            foreach (var kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer => _comparer;
        public int Count => _size;
        public int Capacity
        {
            get => _keys.Length;
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException(nameof(value), SR.ArgumentOutOfRange_SmallCapacity);
                Array.Resize(ref _keys, value); Array.Resize(ref _values, value);
            }
        }
        public IList<TKey> Keys => new List<TKey>(new ArraySegment<TKey>(_keys, 0, _size)).AsReadOnly();
        public IList<TValue> Values => new List<TValue>(new ArraySegment<TValue>(_values, 0, _size)).AsReadOnly();
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        ICollection IDictionary.Keys => (ICollection)Keys;
        ICollection IDictionary.Values => (ICollection)Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool IDictionary.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public int IndexOfKey(TKey key)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            int ret = Array.BinarySearch(_keys, 0, _size, key, _comparer);
            return ret >= 0 ? ret : -1;
        }
        public int IndexOfValue(TValue value) => Array.IndexOf(_values, value, 0, _size);
        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;
        public bool ContainsValue(TValue value) => IndexOfValue(value) >= 0;
        public TKey GetKeyAtIndex(int index) { if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(); return _keys[index]; }
        public TValue GetValueAtIndex(int index) { if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(); return _values[index]; }
        public void SetValueAtIndex(int index, TValue value) { if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess(); _values[index] = value; _version++; }

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0) return _values[i];
                ThrowHelper.ThrowKeyNotFoundException(key);
                return default;
            }
            set
            {
                if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
                int i = Array.BinarySearch(_keys, 0, _size, key, _comparer);
                if (i >= 0) { _values[i] = value; _version++; return; }
                Insert(~i, key, value);
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) ThrowHelper.ThrowArgumentNullException(nameof(key));
            int i = Array.BinarySearch(_keys, 0, _size, key, _comparer);
            if (i >= 0) throw new ArgumentException(SR.Format(SR.Argument_AddingDuplicateWithKey, key), nameof(key));
            Insert(~i, key, value);
        }

        private void Insert(int index, TKey key, TValue value)
        {
            if (_size == _keys.Length)
            {
                int newCapacity = _keys.Length == 0 ? 4 : _keys.Length * 2;
                if ((uint)newCapacity > Array.MaxLength) newCapacity = Array.MaxLength;
                if (newCapacity < _size + 1) newCapacity = _size + 1;
                Capacity = newCapacity;
            }
            if (index < _size)
            {
                Array.Copy(_keys, index, _keys, index + 1, _size - index);
                Array.Copy(_values, index, _values, index + 1, _size - index);
            }
            _keys[index] = key; _values[index] = value;
            _size++; _version++;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
            _size--;
            if (index < _size)
            {
                Array.Copy(_keys, index + 1, _keys, index, _size - index);
                Array.Copy(_values, index + 1, _values, index, _size - index);
            }
            _keys[_size] = default; _values[_size] = default;
            _version++;
        }
        public bool Remove(TKey key) { int i = IndexOfKey(key); if (i >= 0) RemoveAt(i); return i >= 0; }
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) { value = _values[i]; return true; }
            value = default; return false;
        }
        public void Clear() { _version++; Array.Clear(_keys, 0, _size); Array.Clear(_values, 0, _size); _size = 0; }
        public void TrimExcess() { int threshold = (int)(_keys.Length * 0.9); if (_size < threshold) Capacity = _size; }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) => Add(keyValuePair.Key, keyValuePair.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair) { int i = IndexOfKey(keyValuePair.Key); return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], keyValuePair.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair) { int i = IndexOfKey(keyValuePair.Key); if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], keyValuePair.Value)) { RemoveAt(i); return true; } return false; }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { for (int i = 0; i < _size; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]); }
        void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _size; i++) array.SetValue(new KeyValuePair<TKey, TValue>(_keys[i], _values[i]), index + i); }
        object IDictionary.this[object key] { get => key is TKey k && TryGetValue(k, out var v) ? v : null; set => this[(TKey)key] = (TValue)value; }
        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }
        IDictionaryEnumerator IDictionary.GetEnumerator() => new PairEnumerator(this);
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => new PairEnumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new PairEnumerator(this);

        private sealed class PairEnumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly SortedList<TKey, TValue> _l;
            private readonly int _version;
            private int _index = -1;
            public PairEnumerator(SortedList<TKey, TValue> l) { _l = l; _version = l._version; }
            public bool MoveNext()
            {
                if (_version != _l._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_index + 1 < _l._size) { _index++; return true; }
                _index = _l._size;
                return false;
            }
            public KeyValuePair<TKey, TValue> Current => new KeyValuePair<TKey, TValue>(_l._keys[_index], _l._values[_index]);
            object IEnumerator.Current => Current;
            public void Reset() => _index = -1;
            public void Dispose() { }
            object IDictionaryEnumerator.Key => _l._keys[_index];
            object IDictionaryEnumerator.Value => _l._values[_index];
            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_l._keys[_index], _l._values[_index]);
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next, prev;
        internal T item;
        public LinkedListNode(T value) { item = value; }
        internal LinkedListNode(LinkedList<T> list, T value) { this.list = list; item = value; }
        public LinkedList<T> List => list;
        public LinkedListNode<T> Next => next == null || next == list.head ? null : next;
        public LinkedListNode<T> Previous => prev == null || this == list.head ? null : prev;
        public T Value { get => item; set => item = value; }
        public ref T ValueRef => ref item;
        internal void Invalidate() { list = null; next = null; prev = null; }
    }

    /// <summary>Circular doubly linked list (head.prev is the last node), as CoreCLR's.</summary>
    [Serializable]
    public class LinkedList<T> : ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> head;
        internal int count;
        internal int version;

        public LinkedList() { }
        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            foreach (T item in collection) AddLast(item);
        }

        public int Count => count;
        public LinkedListNode<T> First => head;
        public LinkedListNode<T> Last => head?.prev;
        bool ICollection<T>.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        void ICollection<T>.Add(T value) => AddLast(value);

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var result = new LinkedListNode<T>(node.list, value);
            InsertNodeBefore(node.next, result);
            return result;
        }
        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node); ValidateNewNode(newNode);
            InsertNodeBefore(node.next, newNode);
            newNode.list = this;
        }
        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var result = new LinkedListNode<T>(node.list, value);
            InsertNodeBefore(node, result);
            if (node == head) head = result;
            return result;
        }
        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node); ValidateNewNode(newNode);
            InsertNodeBefore(node, newNode);
            newNode.list = this;
            if (node == head) head = newNode;
        }
        public LinkedListNode<T> AddFirst(T value)
        {
            var result = new LinkedListNode<T>(this, value);
            if (head == null) InsertNodeToEmptyList(result);
            else { InsertNodeBefore(head, result); head = result; }
            return result;
        }
        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null) InsertNodeToEmptyList(node);
            else { InsertNodeBefore(head, node); head = node; }
            node.list = this;
        }
        public LinkedListNode<T> AddLast(T value)
        {
            var result = new LinkedListNode<T>(this, value);
            if (head == null) InsertNodeToEmptyList(result);
            else InsertNodeBefore(head, result);
            return result;
        }
        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null) InsertNodeToEmptyList(node);
            else InsertNodeBefore(head, node);
            node.list = this;
        }

        public void Clear()
        {
            LinkedListNode<T> current = head;
            while (current != null)
            {
                LinkedListNode<T> temp = current;
                current = current.Next;
                temp.Invalidate();
            }
            head = null; count = 0; version++;
        }

        public bool Contains(T value) => Find(value) != null;
        public void CopyTo(T[] array, int index)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (index > array.Length) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_BiggerThanCollection);
            if (array.Length - index < Count) throw new ArgumentException(SR.Arg_ArrayPlusOffTooSmall);
            LinkedListNode<T> node = head;
            if (node != null) do { array[index++] = node.item; node = node.next; } while (node != head);
        }
        void ICollection.CopyTo(Array array, int index) { foreach (T t in this) array.SetValue(t, index++); }

        public LinkedListNode<T> Find(T value)
        {
            LinkedListNode<T> node = head;
            var c = EqualityComparer<T>.Default;
            if (node != null)
            {
                do
                {
                    if (value != null ? c.Equals(node.item, value) : node.item == null) return node;
                    node = node.next;
                } while (node != head);
            }
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (head == null) return null;
            LinkedListNode<T> last = head.prev, node = last;
            var c = EqualityComparer<T>.Default;
            do
            {
                if (value != null ? c.Equals(node.item, value) : node.item == null) return node;
                node = node.prev;
            } while (node != last);
            return null;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Remove(T value)
        {
            LinkedListNode<T> node = Find(value);
            if (node != null) { InternalRemoveNode(node); return true; }
            return false;
        }
        public void Remove(LinkedListNode<T> node) { ValidateNode(node); InternalRemoveNode(node); }
        public void RemoveFirst() { if (head == null) throw new InvalidOperationException("The LinkedList is empty."); InternalRemoveNode(head); }
        public void RemoveLast() { if (head == null) throw new InvalidOperationException("The LinkedList is empty."); InternalRemoveNode(head.prev); }

        private void InsertNodeBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode.next = node;
            newNode.prev = node.prev;
            node.prev.next = newNode;
            node.prev = newNode;
            version++; count++;
        }

        private void InsertNodeToEmptyList(LinkedListNode<T> newNode)
        {
            newNode.next = newNode;
            newNode.prev = newNode;
            head = newNode;
            version++; count++;
        }

        internal void InternalRemoveNode(LinkedListNode<T> node)
        {
            if (node.next == node) head = null;
            else
            {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node) head = node.next;
            }
            node.Invalidate();
            count--; version++;
        }

        private static void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelper.ThrowArgumentNullException(nameof(node));
            if (node.list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        private void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null) ThrowHelper.ThrowArgumentNullException(nameof(node));
            if (node.list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly LinkedList<T> _list;
            private LinkedListNode<T> _node;
            private readonly int _version;
            private T _current;
            private int _index;

            internal Enumerator(LinkedList<T> list) { _list = list; _version = list.version; _node = list.head; _current = default; _index = 0; }
            public T Current => _current;
            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _list.Count + 1)) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _current;
                }
            }
            public bool MoveNext()
            {
                if (_version != _list.version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_node == null) { _index = _list.Count + 1; return false; }
                ++_index;
                _current = _node.item;
                _node = _node.next;
                if (_node == _list.head) _node = null;
                return true;
            }
            void IEnumerator.Reset()
            {
                if (_version != _list.version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _current = default; _node = _list.head; _index = 0;
            }
            public void Dispose() { }
        }
    }
}
