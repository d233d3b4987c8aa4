using System.Collections.Generic;

namespace System.Runtime.InteropServices
{
    public static class CollectionsMarshal
    {
        public static Span<T> AsSpan<T>(List<T> list) => list == null ? default : new Span<T>(list._items, 0, list._size);

        public static void SetCount<T>(List<T> list, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), SR.ArgumentOutOfRange_NeedNonNegNum);
            list._version++;
            if (count > list.Capacity) list.Grow(count);
            else if (count < list._size && System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>())
                Array.Clear(list._items, count, list._size - count);
            list._size = count;
        }

        public static ref TValue GetValueRefOrNullRef<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key)
            => ref dictionary.FindValue(key);

        public static ref TValue GetValueRefOrAddDefault<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, out bool exists)
            => ref dictionary.GetValueRefOrAddDefault(key, out exists);
    }
}
