using System.Runtime.CompilerServices;
using System.Runtime.Versioning;

namespace System
{
    /// <summary>Layout law: bool hasValue; T value.</summary>
    [Serializable]
    [NonVersionable]
    public partial struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;

        [NonVersionable] public Nullable(T value) { this.value = value; hasValue = true; }
        public readonly bool HasValue { [NonVersionable] get => hasValue; }
        public readonly T Value
        {
            get
            {
                if (!hasValue) ThrowHelper.ThrowInvalidOperationException_NoValue();
                return value;
            }
        }
        [NonVersionable] public readonly T GetValueOrDefault() => value;
        [NonVersionable] public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;
        public override bool Equals(object other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }
        public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;
        public override string ToString() => hasValue ? value.ToString() : "";
        [NonVersionable] public static implicit operator T?(T value) => new T?(value);
        [NonVersionable] public static explicit operator T(T? value) => value.Value;
    }

    public static class Nullable
    {
        public static int Compare<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue) { if (n2.HasValue) return System.Collections.Generic.Comparer<T>.Default.Compare(n1.value, n2.value); return 1; }
            if (n2.HasValue) return -1;
            return 0;
        }
        public static bool Equals<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue) { if (n2.HasValue) return System.Collections.Generic.EqualityComparer<T>.Default.Equals(n1.value, n2.value); return false; }
            if (n2.HasValue) return false;
            return true;
        }
        public static Type GetUnderlyingType(Type nullableType)
        {
            if (nullableType == null) ThrowHelper.ThrowArgumentNullException(nameof(nullableType));
            if (nullableType.IsGenericType && !nullableType.IsGenericTypeDefinition && nullableType.GetGenericTypeDefinition() == typeof(Nullable<>))
                return nullableType.GetGenericArguments()[0];
            return null;
        }
    }
}
