namespace System.Collections.Generic
{
    /// <summary>PriorityQueue: a quaternary min-heap with CoreCLR's exact sift-up/sift-down rules, so the dequeue
    /// order of equal priorities and the UnorderedItems order match CoreCLR.</summary>
    public class PriorityQueue<TElement, TPriority>
    {
        private (TElement Element, TPriority Priority)[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private UnorderedItemsCollection _unorderedItems;
        private int _size;
        private int _version;
        private const int Arity = 4;
        private const int Log2Arity = 2;

        public PriorityQueue() { _nodes = Array.Empty<(TElement, TPriority)>(); _comparer = InitializeComparer(null); }
        public PriorityQueue(int initialCapacity) : this(initialCapacity, comparer: null) { }
        public PriorityQueue(IComparer<TPriority> comparer) { _nodes = Array.Empty<(TElement, TPriority)>(); _comparer = InitializeComparer(comparer); }
        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer)
        {
            if (initialCapacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(initialCapacity));
            _nodes = new (TElement, TPriority)[initialCapacity];
            _comparer = InitializeComparer(comparer);
        }
        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items) : this(items, comparer: null) { }
        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items, IComparer<TPriority> comparer)
        {
            if (items == null) ThrowHelper.ThrowArgumentNullException(nameof(items));
            _nodes = new List<(TElement, TPriority)>(items).ToArray();
            _size = _nodes.Length;
            _comparer = InitializeComparer(comparer);
            if (_size > 1) Heapify();
        }

        private static IComparer<TPriority> InitializeComparer(IComparer<TPriority> comparer) => comparer ?? Comparer<TPriority>.Default;

        public int Count => _size;
        public int Capacity => _nodes.Length;
        public IComparer<TPriority> Comparer => _comparer;
        public UnorderedItemsCollection UnorderedItems => _unorderedItems ??= new UnorderedItemsCollection(this);

        public void Enqueue(TElement element, TPriority priority)
        {
            int currentSize = _size;
            _version++;
            if (_nodes.Length == currentSize) Grow(currentSize + 1);
            _size = currentSize + 1;
            MoveUp((element, priority), currentSize);
        }

        public TElement Peek()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyQueue);
            return _nodes[0].Element;
        }

        public TElement Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyQueue);
            TElement element = _nodes[0].Element;
            RemoveRootNode();
            return element;
        }

        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) throw new InvalidOperationException(SR.InvalidOperation_EmptyQueue);
            (TElement Element, TPriority Priority) root = _nodes[0];
            if (_comparer.Compare(priority, root.Priority) > 0) MoveDown((element, priority), 0);
            else _nodes[0] = (element, priority);
            _version++;
            return root.Element;
        }

        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                RemoveRootNode();
                return true;
            }
            element = default; priority = default;
            return false;
        }

        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size != 0) { (element, priority) = _nodes[0]; return true; }
            element = default; priority = default;
            return false;
        }

        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                (TElement Element, TPriority Priority) root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0)
                {
                    MoveDown((element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }

        public void EnqueueRange(IEnumerable<(TElement Element, TPriority Priority)> items)
        {
            if (items == null) ThrowHelper.ThrowArgumentNullException(nameof(items));
            int count = 0;
            var collection = items as ICollection<(TElement Element, TPriority Priority)>;
            if (collection is not null && (count = collection.Count) > _nodes.Length - _size) Grow(checked(_size + count));
            if (_size == 0)
            {
                if (collection is not null) { collection.CopyTo(_nodes, 0); _size = count; }
                else
                {
                    int i = 0;
                    foreach ((TElement element, TPriority priority) in items)
                    {
                        if (_nodes.Length == i) Grow(i + 1);
                        _nodes[i++] = (element, priority);
                    }
                    _size = i;
                }
                _version++;
                if (_size > 1) Heapify();
            }
            else
            {
                foreach ((TElement element, TPriority priority) in items) Enqueue(element, priority);
            }
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null) ThrowHelper.ThrowArgumentNullException(nameof(elements));
            var list = new List<(TElement, TPriority)>();
            foreach (TElement e in elements) list.Add((e, priority));
            EnqueueRange(list);
        }

        public bool Remove(TElement element, out TElement removedElement, out TPriority priority, IEqualityComparer<TElement> equalityComparer = null)
        {
            equalityComparer ??= EqualityComparer<TElement>.Default;
            int index = -1;
            for (int i = 0; i < _size; i++) if (equalityComparer.Equals(element, _nodes[i].Element)) { index = i; break; }
            if (index < 0) { removedElement = default; priority = default; return false; }
            (TElement Element, TPriority Priority) removedNode = _nodes[index];
            int newSize = --_size;
            if (index < newSize)
            {
                (TElement Element, TPriority Priority) lastNode = _nodes[newSize];
                if (_comparer.Compare(lastNode.Priority, removedNode.Priority) < 0) MoveUp(lastNode, index);
                else MoveDown(lastNode, index);
            }
            _nodes[newSize] = default;
            _version++;
            removedElement = removedNode.Element;
            priority = removedNode.Priority;
            return true;
        }

        public void Clear()
        {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ThrowHelper.ThrowArgumentOutOfRange_NeedNonNegNum(nameof(capacity));
            if (_nodes.Length < capacity) { Grow(capacity); _version++; }
            return _nodes.Length;
        }

        public void TrimExcess()
        {
            int threshold = (int)(_nodes.Length * 0.9);
            if (_size < threshold) { Array.Resize(ref _nodes, _size); _version++; }
        }

        private void Grow(int minCapacity)
        {
            const int GrowFactor = 2, MinimumGrow = 4;
            int newcapacity = GrowFactor * _nodes.Length;
            if ((uint)newcapacity > Array.MaxLength) newcapacity = Array.MaxLength;
            newcapacity = Math.Max(newcapacity, _nodes.Length + MinimumGrow);
            if (newcapacity < minCapacity) newcapacity = minCapacity;
            Array.Resize(ref _nodes, newcapacity);
        }

        private void RemoveRootNode()
        {
            int lastNodeIndex = --_size;
            _version++;
            if (lastNodeIndex > 0) MoveDown(_nodes[lastNodeIndex], 0);
            _nodes[lastNodeIndex] = default;
        }

        private static int GetParentIndex(int index) => (index - 1) >> Log2Arity;
        private static int GetFirstChildIndex(int index) => (index << Log2Arity) + 1;

        private void Heapify()
        {
            int lastParentWithChildren = GetParentIndex(_size - 1);
            for (int index = lastParentWithChildren; index >= 0; --index) MoveDown(_nodes[index], index);
        }

        private void MoveUp((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            while (nodeIndex > 0)
            {
                int parentIndex = GetParentIndex(nodeIndex);
                (TElement Element, TPriority Priority) parent = nodes[parentIndex];
                if (_comparer.Compare(node.Priority, parent.Priority) < 0) { nodes[nodeIndex] = parent; nodeIndex = parentIndex; }
                else break;
            }
            nodes[nodeIndex] = node;
        }

        private void MoveDown((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            int size = _size;
            int i;
            while ((i = GetFirstChildIndex(nodeIndex)) < size)
            {
                (TElement Element, TPriority Priority) minChild = nodes[i];
                int minChildIndex = i;
                int childIndexUpperBound = Math.Min(i + Arity, size);
                while (++i < childIndexUpperBound)
                {
                    (TElement Element, TPriority Priority) nextChild = nodes[i];
                    if (_comparer.Compare(nextChild.Priority, minChild.Priority) < 0) { minChild = nextChild; minChildIndex = i; }
                }
                if (_comparer.Compare(node.Priority, minChild.Priority) <= 0) break;
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }
            nodes[nodeIndex] = node;
        }

        public sealed class UnorderedItemsCollection : IReadOnlyCollection<(TElement Element, TPriority Priority)>, ICollection
        {
            internal readonly PriorityQueue<TElement, TPriority> _queue;
            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue) { _queue = queue; }
            public int Count => _queue._size;
            object ICollection.SyncRoot => this;
            bool ICollection.IsSynchronized => false;
            void ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _queue._size; i++) array.SetValue(_queue._nodes[i], index + i); }
            public Enumerator GetEnumerator() => new Enumerator(_queue);
            IEnumerator<(TElement Element, TPriority Priority)> IEnumerable<(TElement Element, TPriority Priority)>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            public struct Enumerator : IEnumerator<(TElement Element, TPriority Priority)>
            {
                private readonly PriorityQueue<TElement, TPriority> _queue;
                private readonly int _version;
                private int _index;
                private (TElement, TPriority) _current;
                internal Enumerator(PriorityQueue<TElement, TPriority> queue) { _queue = queue; _index = 0; _version = queue._version; _current = default; }
                public void Dispose() { }
                public bool MoveNext()
                {
                    if (_version == _queue._version && ((uint)_index < (uint)_queue._size)) { _current = _queue._nodes[_index]; _index++; return true; }
                    if (_version != _queue._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    _index = _queue._size + 1;
                    _current = default;
                    return false;
                }
                public (TElement Element, TPriority Priority) Current => _current;
                object IEnumerator.Current => _current;
                void IEnumerator.Reset()
                {
                    if (_version != _queue._version) ThrowHelper.ThrowInvalidOperationException_EnumFailedVersion();
                    _index = 0; _current = default;
                }
            }
        }
    }
}
