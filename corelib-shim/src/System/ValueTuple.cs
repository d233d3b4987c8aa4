// ValueTuple`1..`8 and Tuple`1..`4 (mechanically generated originally; edit as ordinary source).
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    internal interface IValueTupleInternal : ITuple
    {
        string ToStringEnd();
    }

    [Serializable]
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple>, IValueTupleInternal, ITuple
    {
        public override bool Equals(object obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple;
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return 0;
        }
        public int CompareTo(ValueTuple other) => 0;
        int IStructuralComparable.CompareTo(object other, IComparer comparer) => ((IComparable)this).CompareTo(other);
        public override int GetHashCode() => 0;
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => 0;
        public override string ToString() => "()";
        string IValueTupleInternal.ToStringEnd() => ")";
        int ITuple.Length => 0;
        object ITuple.this[int index] => throw new IndexOutOfRangeException();
        public static ValueTuple Create() => default;
        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new ValueTuple<T1, T2>(item1, item2);
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new ValueTuple<T1, T2, T3>(item1, item2, item3);
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, ValueTuple.Create(item8));
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);
        public bool Equals(ValueTuple<T1> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1> o && comparer.Equals(Item1, o.Item1);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1> other)
        {
            int c;
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            return comparer.Compare(Item1, o.Item1);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1));
        public override string ToString() => "(" + Item1?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ")";
        int ITuple.Length => 1;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            return comparer.Compare(Item2, o.Item2);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ")";
        int ITuple.Length => 2;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            return comparer.Compare(Item3, o.Item3);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ")";
        int ITuple.Length => 3;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            return comparer.Compare(Item4, o.Item4);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ")";
        int ITuple.Length => 4;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3;; case 3: return Item4; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            return comparer.Compare(Item5, o.Item5);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ")";
        int ITuple.Length => 5;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3;; case 3: return Item4;; case 4: return Item5; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            return comparer.Compare(Item6, o.Item6);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ")";
        int ITuple.Length => 6;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3;; case 3: return Item4;; case 4: return Item5;; case 5: return Item6; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal, ITuple
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            return comparer.Compare(Item7, o.Item7);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0, Item7?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6), comparer.GetHashCode(Item7));
        public override string ToString() => "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
        string IValueTupleInternal.ToStringEnd() => Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ")";
        int ITuple.Length => 7;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3;; case 3: return Item4;; case 4: return Item5;; case 5: return Item6;; case 6: return Item7; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal, ITuple where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is IValueTupleInternal)) throw new ArgumentException(SR.ArgumentException_ValueTupleLastArgumentNotAValueTuple);
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o && comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7) && comparer.Equals(Rest, o.Rest);
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            return CompareTo(o);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_ValueTupleIncorrectType, GetType()), nameof(other));
            int c;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            c = comparer.Compare(Item7, o.Item7); if (c != 0) return c;
            return comparer.Compare(Rest, o.Rest);
        }
        public override int GetHashCode() => HashCode.Combine(Item1?.GetHashCode() ?? 0, Item2?.GetHashCode() ?? 0, Item3?.GetHashCode() ?? 0, Item4?.GetHashCode() ?? 0, Item5?.GetHashCode() ?? 0, Item6?.GetHashCode() ?? 0, Item7?.GetHashCode() ?? 0, Rest.GetHashCode());
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(Item1), comparer.GetHashCode(Item2), comparer.GetHashCode(Item3), comparer.GetHashCode(Item4), comparer.GetHashCode(Item5), comparer.GetHashCode(Item6), comparer.GetHashCode(Item7), comparer.GetHashCode(Rest));
        public override string ToString()
        {
            if (Rest is IValueTupleInternal r) return "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + r.ToStringEnd();
            return "(" + Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + Rest.ToString() + ")";
        }
        string IValueTupleInternal.ToStringEnd()
        {
            if (Rest is IValueTupleInternal r) return Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + r.ToStringEnd();
            return Item1?.ToString() + ", " + Item2?.ToString() + ", " + Item3?.ToString() + ", " + Item4?.ToString() + ", " + Item5?.ToString() + ", " + Item6?.ToString() + ", " + Item7?.ToString() + ", " + Rest.ToString() + ")";
        }
        int ITuple.Length => Rest is ITuple t ? 7 + t.Length : 8;
        object ITuple.this[int index] { get { switch (index) { case 0: return Item1;; case 1: return Item2;; case 2: return Item3;; case 3: return Item4;; case 4: return Item5;; case 5: return Item6;; case 6: return Item7; } if (Rest is ITuple t) return t[index - 7]; if (index == 7) return Rest; throw new IndexOutOfRangeException(); } }
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) => new Tuple<T1>(item1);
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new Tuple<T1, T2>(item1, item2);
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new Tuple<T1, T2, T3>(item1, item2, item3);
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
    }

    [Serializable]
    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        public Tuple(T1 item1) { m_Item1 = item1; }
        public T1 Item1 => m_Item1;
        public override bool Equals(object obj) => obj is Tuple<T1> o && EqualityComparer<object>.Default.Equals(m_Item1, o.m_Item1);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1> o && comparer.Equals(m_Item1, o.m_Item1);
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is Tuple<T1> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_TupleIncorrectType, GetType()), nameof(other));
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            return c;
        }
        int IComparable.CompareTo(object obj) => ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        public override int GetHashCode() => HashCode.Combine(m_Item1?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(m_Item1));
        public override string ToString() => "(" + m_Item1?.ToString() + ")";
        int ITuple.Length => 1;
        object ITuple.this[int index] { get { switch (index) { case 0: return m_Item1; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        public Tuple(T1 item1, T2 item2) { m_Item1 = item1; m_Item2 = item2; }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public override bool Equals(object obj) => obj is Tuple<T1, T2> o && EqualityComparer<object>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<object>.Default.Equals(m_Item2, o.m_Item2);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2);
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is Tuple<T1, T2> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_TupleIncorrectType, GetType()), nameof(other));
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            return c;
        }
        int IComparable.CompareTo(object obj) => ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        public override int GetHashCode() => HashCode.Combine(m_Item1?.GetHashCode() ?? 0, m_Item2?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2));
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ")";
        int ITuple.Length => 2;
        object ITuple.this[int index] { get { switch (index) { case 0: return m_Item1;; case 1: return m_Item2; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        public Tuple(T1 item1, T2 item2, T3 item3) { m_Item1 = item1; m_Item2 = item2; m_Item3 = item3; }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3> o && EqualityComparer<object>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<object>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<object>.Default.Equals(m_Item3, o.m_Item3);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3);
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is Tuple<T1, T2, T3> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_TupleIncorrectType, GetType()), nameof(other));
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            return c;
        }
        int IComparable.CompareTo(object obj) => ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        public override int GetHashCode() => HashCode.Combine(m_Item1?.GetHashCode() ?? 0, m_Item2?.GetHashCode() ?? 0, m_Item3?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3));
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ")";
        int ITuple.Length => 3;
        object ITuple.this[int index] { get { switch (index) { case 0: return m_Item1;; case 1: return m_Item2;; case 2: return m_Item3; } throw new IndexOutOfRangeException(); } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable, ITuple
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4) { m_Item1 = item1; m_Item2 = item2; m_Item3 = item3; m_Item4 = item4; }
        public T1 Item1 => m_Item1;
        public T2 Item2 => m_Item2;
        public T3 Item3 => m_Item3;
        public T4 Item4 => m_Item4;
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4> o && EqualityComparer<object>.Default.Equals(m_Item1, o.m_Item1) && EqualityComparer<object>.Default.Equals(m_Item2, o.m_Item2) && EqualityComparer<object>.Default.Equals(m_Item3, o.m_Item3) && EqualityComparer<object>.Default.Equals(m_Item4, o.m_Item4);
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) => other is Tuple<T1, T2, T3, T4> o && comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4);
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is Tuple<T1, T2, T3, T4> o)) throw new ArgumentException(SR.Format(SR.ArgumentException_TupleIncorrectType, GetType()), nameof(other));
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            return c;
        }
        int IComparable.CompareTo(object obj) => ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        public override int GetHashCode() => HashCode.Combine(m_Item1?.GetHashCode() ?? 0, m_Item2?.GetHashCode() ?? 0, m_Item3?.GetHashCode() ?? 0, m_Item4?.GetHashCode() ?? 0);
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) => HashCode.Combine(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4));
        public override string ToString() => "(" + m_Item1?.ToString() + ", " + m_Item2?.ToString() + ", " + m_Item3?.ToString() + ", " + m_Item4?.ToString() + ")";
        int ITuple.Length => 4;
        object ITuple.this[int index] { get { switch (index) { case 0: return m_Item1;; case 1: return m_Item2;; case 2: return m_Item3;; case 3: return m_Item4; } throw new IndexOutOfRangeException(); } }
    }

}
