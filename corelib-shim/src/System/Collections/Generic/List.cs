using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    [Serializable]
    public class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private const int DefaultCapacity = 4;
        internal T[] _items;
        internal int _size;
        internal int _version;
        private static readonly T[] s_emptyArray = new T[0];

        public List() { _items = s_emptyArray; }

        public List(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _items = capacity == 0 ? s_emptyArray : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count == 0) _items = s_emptyArray;
                else { _items = new T[count]; c.CopyTo(_items, 0); _size = count; }
            }
            else
            {
                _items = s_emptyArray;
                foreach (T item in collection) Add(item);
            }
        }

        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException(nameof(value), SR.ArgumentOutOfRange_SmallCapacity);
                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        T[] newItems = new T[value];
                        if (_size > 0) Array.Copy(_items, newItems, _size);
                        _items = newItems;
                    }
                    else _items = s_emptyArray;
                }
            }
        }

        public int Count => _size;
        bool IList.IsFixedSize => false;
        bool ICollection<T>.IsReadOnly => false;
        bool IList.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
                _items[index] = value;
                _version++;
            }
        }

        object IList.this[int index]
        {
            get => this[index];
            set { try { this[index] = (T)value; } catch (InvalidCastException) { ThrowHelper.ThrowWrongValueType(value, typeof(T)); } }
        }

        public void Add(T item)
        {
            _version++;
            T[] array = _items;
            int size = _size;
            if ((uint)size < (uint)array.Length) { _size = size + 1; array[size] = item; }
            else AddWithResize(item);
        }

        private void AddWithResize(T item)
        {
            int size = _size;
            Grow(size + 1);
            _size = size + 1;
            _items[size] = item;
        }

        int IList.Add(object item)
        {
            try { Add((T)item); } catch (InvalidCastException) { ThrowHelper.ThrowWrongValueType(item, typeof(T)); }
            return Count - 1;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count) Grow(checked(_size + count));
                    c.CopyTo(_items, _size);
                    _size += count;
                    _version++;
                }
            }
            else foreach (T item in collection) Add(item);
        }

        public ReadOnlyCollection<T> AsReadOnly() => new ReadOnlyCollection<T>(this);

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            return Array.BinarySearch(_items, index, count, item, comparer);
        }
        public int BinarySearch(T item) => BinarySearch(0, Count, item, null);
        public int BinarySearch(T item, IComparer<T> comparer) => BinarySearch(0, Count, item, comparer);

        public void Clear()
        {
            _version++;
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                int size = _size;
                _size = 0;
                if (size > 0) Array.Clear(_items, 0, size);
            }
            else _size = 0;
        }

        public bool Contains(T item) => _size != 0 && IndexOf(item) >= 0;
        bool IList.Contains(object item) => IsCompatibleObject(item) && Contains((T)item);

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) ThrowHelper.ThrowArgumentNullException(nameof(converter));
            var list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);
        void ICollection.CopyTo(Array array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);
        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            Array.Copy(_items, index, array, arrayIndex, count);
        }
        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_items.Length < capacity) Grow(capacity);
            return _items.Length;
        }

        internal void Grow(int capacity)
        {
            int newCapacity = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;
            if ((uint)newCapacity > Array.MaxLength) newCapacity = Array.MaxLength;
            if (newCapacity < capacity) newCapacity = capacity;
            Capacity = newCapacity;
        }

        public bool Exists(Predicate<T> match) => FindIndex(match) != -1;

        public T Find(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++) if (match(_items[i])) return _items[i];
            return default;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            var list = new List<T>();
            for (int i = 0; i < _size; i++) if (match(_items[i])) list.Add(_items[i]);
            return list;
        }

        public int FindIndex(Predicate<T> match) => FindIndex(0, _size, match);
        public int FindIndex(int startIndex, Predicate<T> match) => FindIndex(startIndex, _size - startIndex, match);
        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count < 0 || startIndex > _size - count) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            int endIndex = startIndex + count;
            for (int i = startIndex; i < endIndex; i++) if (match(_items[i])) return i;
            return -1;
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return _items[i];
            return default;
        }

        public int FindLastIndex(Predicate<T> match) => FindLastIndex(_size - 1, _size, match);
        public int FindLastIndex(int startIndex, Predicate<T> match) => FindLastIndex(startIndex, startIndex + 1, match);
        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            if (_size == 0) { if (startIndex != -1) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess); }
            else if ((uint)startIndex >= (uint)_size) throw new ArgumentOutOfRangeException(nameof(startIndex), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            int endIndex = startIndex - count;
            for (int i = startIndex; i > endIndex; i--) if (match(_items[i])) return i;
            return -1;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null) ThrowHelper.ThrowArgumentNullException(nameof(action));
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version) break;
                action(_items[i]);
            }
            if (version != _version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public List<T> GetRange(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            var list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public List<T> Slice(int start, int length) => GetRange(start, length);

        public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);
        int IList.IndexOf(object item) => IsCompatibleObject(item) ? IndexOf((T)item) : -1;
        public int IndexOf(T item, int index)
        {
            if (index > _size) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            return Array.IndexOf(_items, item, index, _size - index);
        }
        public int IndexOf(T item, int index, int count)
        {
            if (index > _size) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (count < 0 || index > _size - count) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_Count);
            return Array.IndexOf(_items, item, index, count);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_ListInsert);
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        void IList.Insert(int index, object item)
        {
            try { Insert(index, (T)item); } catch (InvalidCastException) { ThrowHelper.ThrowWrongValueType(item, typeof(T)); }
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count) Grow(checked(_size + count));
                    if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                    if (this == c)
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else c.CopyTo(_items, index);
                    _size += count;
                    _version++;
                }
            }
            else
            {
                foreach (T item in collection) Insert(index++, item);
            }
        }

        public int LastIndexOf(T item) => _size == 0 ? -1 : LastIndexOf(item, _size - 1, _size);
        public int LastIndexOf(T item, int index) => LastIndexOf(item, index, index + 1);
        public int LastIndexOf(T item, int index, int count)
        {
            if (_size == 0) return -1;
            if (index >= _size) throw new ArgumentOutOfRangeException(nameof(index), SR.ArgumentOutOfRange_IndexMustBeLess);
            if (count > index + 1) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_BiggerThanCollection);
            return Array.LastIndexOf(_items, item, index, count);
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0) { RemoveAt(index); return true; }
            return false;
        }

        void IList.Remove(object item) { if (IsCompatibleObject(item)) Remove((T)item); }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            int freeIndex = 0;
            while (freeIndex < _size && !match(_items[freeIndex])) freeIndex++;
            if (freeIndex >= _size) return 0;
            int current = freeIndex + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current])) current++;
                if (current < _size) _items[freeIndex++] = _items[current++];
            }
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, freeIndex, _size - freeIndex);
            int result = _size - freeIndex;
            _size = freeIndex;
            _version++;
            return result;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowHelper.ThrowArgumentOutOfRange_IndexMustBeLess();
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _items[_size] = default;
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                _version++;
                if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_items, _size, count);
            }
        }

        public void Reverse() => Reverse(0, Count);
        public void Reverse(int index, int count)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count > 1) Array.Reverse(_items, index, count);
            _version++;
        }

        public void Sort() => Sort(0, Count, null);
        public void Sort(IComparer<T> comparer) => Sort(0, Count, comparer);
        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(index));
            if (count < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(count));
            if (_size - index < count) ThrowHelper.ThrowArgumentException_InvalidOffLen();
            if (count > 1) Array.Sort(_items, index, count, comparer);
            _version++;
        }
        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) ThrowHelper.ThrowArgumentNullException(nameof(comparison));
            if (_size > 1) ArraySortHelper<T>.Sort(new Span<T>(_items, 0, _size), comparison);
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return s_emptyArray;
            T[] array = new T[_size];
            Array.Copy(_items, array, _size);
            return array;
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_items.Length) * 0.9);
            if (_size < threshold) Capacity = _size;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) ThrowHelper.ThrowArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++) if (!match(_items[i])) return false;
            return true;
        }

        private static bool IsCompatibleObject(object value) => (value is T) || (value == null && default(T) == null);

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly List<T> _list;
            private int _index;
            private readonly int _version;
            private T _current;

            internal Enumerator(List<T> list) { _list = list; _index = 0; _version = list._version; _current = default; }

            public void Dispose() { }

            public bool MoveNext()
            {
                List<T> localList = _list;
                if (_version == localList._version && ((uint)_index < (uint)localList._size))
                {
                    _current = localList._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = _list._size + 1;
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = 0;
                _current = default;
            }
        }
    }
}
