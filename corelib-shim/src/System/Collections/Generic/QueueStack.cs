namespace System.Collections.Generic
{
    [Serializable]
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head, _tail, _size, _version;

        public Queue() { _array = Array.Empty<T>(); }
        public Queue(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _array = new T[capacity];
        }
        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            _array = Array.Empty<T>();
            foreach (T item in collection) Enqueue(item);
        }

        public int Count => _size;
        public int Capacity => _array.Length;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public void Clear()
        {
            if (_size != 0)
            {
                if (_head < _tail) Array.Clear(_array, _head, _size);
                else { Array.Clear(_array, _head, _array.Length - _head); Array.Clear(_array, 0, _tail); }
                _size = 0;
            }
            _head = 0; _tail = 0; _version++;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException(nameof(arrayIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (array.Length - arrayIndex < _size) throw new ArgumentException(SR.Argument_InvalidOffLen);
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[(_head + i) % _array.Length];
        }
        void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _size; i++) array.SetValue(_array[(_head + i) % _array.Length], index + i); }

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[_tail] = item;
            MoveNext(ref _tail);
            _size++;
            _version++;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyQueue);
            T removed = _array[_head];
            _array[_head] = default;
            MoveNext(ref _head);
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyQueue);
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            for (int i = 0; i < _size; i++) if (EqualityComparer<T>.Default.Equals(_array[(_head + i) % _array.Length], item)) return true;
            return false;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            var arr = new T[_size];
            CopyTo(arr, 0);
            return arr;
        }

        private void SetCapacity(int capacity)
        {
            var newarray = new T[capacity];
            if (_size > 0) CopyTo(newarray, 0);
            _array = newarray;
            _head = 0;
            _tail = (_size == capacity) ? 0 : _size;
            _version++;
        }

        private void MoveNext(ref int index)
        {
            int tmp = index + 1;
            if (tmp == _array.Length) tmp = 0;
            index = tmp;
        }

        public void TrimExcess()
        {
            int threshold = (int)(_array.Length * 0.9);
            if (_size < threshold) SetCapacity(_size);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_array.Length < capacity) Grow(capacity);
            return _array.Length;
        }

        private void Grow(int capacity)
        {
            const int GrowFactor = 2, MinimumGrow = 4;
            int newcapacity = GrowFactor * _array.Length;
            if ((uint)newcapacity > Array.MaxLength) newcapacity = Array.MaxLength;
            newcapacity = Math.Max(newcapacity, _array.Length + MinimumGrow);
            if (newcapacity < capacity) newcapacity = capacity;
            SetCapacity(newcapacity);
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Queue<T> _q;
            private readonly int _version;
            private int _i;
            private T _currentElement;
            internal Enumerator(Queue<T> q) { _q = q; _version = q._version; _i = -1; _currentElement = default; }
            public void Dispose() { _i = -2; _currentElement = default; }
            public bool MoveNext()
            {
                if (_version != _q._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_i == -2) return false;
                _i++;
                if (_i == _q._size) { _i = -2; _currentElement = default; return false; }
                _currentElement = _q._array[(_q._head + _i) % _q._array.Length];
                return true;
            }
            public T Current
            {
                get
                {
                    if (_i < 0) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _currentElement;
                }
            }
            object IEnumerator.Current => Current;
            void IEnumerator.Reset()
            {
                if (_version != _q._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _i = -1; _currentElement = default;
            }
        }
    }

    [Serializable]
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size, _version;
        private const int DefaultCapacity = 4;

        public Stack() { _array = Array.Empty<T>(); }
        public Stack(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            _array = new T[capacity];
        }
        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) ThrowHelper.ThrowArgumentNullException(nameof(collection));
            _array = Array.Empty<T>();
            foreach (T item in collection) Push(item);
        }

        public int Count => _size;
        public int Capacity => _array.Length;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public bool Contains(T item) => _size != 0 && Array.LastIndexOf(_array, item, _size - 1) != -1;

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) ThrowHelper.ThrowArgumentNullException(nameof(array));
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException(nameof(arrayIndex), SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
            if (array.Length - arrayIndex < _size) throw new ArgumentException(SR.Argument_InvalidOffLen);
            int srcIndex = 0, dstIndex = arrayIndex + _size;
            while (srcIndex < _size) array[--dstIndex] = _array[srcIndex++];
        }
        void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _size; i++) array.SetValue(_array[_size - 1 - i], index + i); }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public void TrimExcess()
        {
            int threshold = (int)(_array.Length * 0.9);
            if (_size < threshold) { Array.Resize(ref _array, _size); _version++; }
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyStack);
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_size - 1];
            return true;
        }

        public T Pop()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyStack);
            _version++;
            T item = _array[--_size];
            _array[_size] = default;
            return item;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Pop();
            return true;
        }

        public void Push(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[_size++] = item;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_array.Length < capacity) Grow(capacity);
            return _array.Length;
        }

        private void Grow(int capacity)
        {
            int newcapacity = _array.Length == 0 ? DefaultCapacity : 2 * _array.Length;
            if ((uint)newcapacity > Array.MaxLength) newcapacity = Array.MaxLength;
            if (newcapacity < capacity) newcapacity = capacity;
            Array.Resize(ref _array, newcapacity);
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] objArray = new T[_size];
            for (int i = 0; i < _size; i++) objArray[i] = _array[_size - i - 1];
            return objArray;
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index;
            private T _currentElement;
            internal Enumerator(Stack<T> stack) { _stack = stack; _version = stack._version; _index = -2; _currentElement = default; }
            public void Dispose() { _index = -1; }
            public bool MoveNext()
            {
                bool retval;
                if (_version != _stack._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                if (_index == -2)
                {
                    _index = _stack._size - 1;
                    retval = (_index >= 0);
                    if (retval) _currentElement = _stack._array[_index];
                    return retval;
                }
                if (_index == -1) return false;
                retval = (--_index >= 0);
                if (retval) _currentElement = _stack._array[_index];
                else _currentElement = default;
                return retval;
            }
            public T Current
            {
                get
                {
                    if (_index < 0) ThrowHelper.ThrowInvalidOperationException_EnumOpCantHappen();
                    return _currentElement;
                }
            }
            object IEnumerator.Current => Current;
            void IEnumerator.Reset()
            {
                if (_version != _stack._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                _index = -2; _currentElement = default;
            }
        }
    }
}
