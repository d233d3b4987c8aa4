using System.Collections.Generic;

namespace System
{
    internal static class ThrowHelper
    {
        internal static void ThrowArgumentNullException(string name) => throw new ArgumentNullException(name);
        /// <summary>ArgumentOutOfRangeException.ThrowIfNegative's exception: "{name} ('{value}') must be a non-negative value."</summary>
        internal static void ThrowIfNegative(int value, string name)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(name, value, SR.Format(SR.ArgumentOutOfRange_Generic_MustBeNonNegative, name, value));
        }
        internal static void ThrowArgumentOutOfRangeException() => throw new ArgumentOutOfRangeException();
        internal static void ThrowArgumentOutOfRangeException(string name) => throw new ArgumentOutOfRangeException(name);
        internal static void ThrowArgumentOutOfRange_IndexMustBeLess() => throw new ArgumentOutOfRangeException("index", SR.ArgumentOutOfRange_IndexMustBeLess);
        internal static void ThrowArgumentOutOfRange_IndexMustBeLessOrEqual() => throw new ArgumentOutOfRangeException("index", SR.ArgumentOutOfRange_IndexMustBeLessOrEqual);
        internal static void ThrowIndexOutOfRangeException() => throw new IndexOutOfRangeException();
        internal static void ThrowArrayTypeMismatchException() => throw new ArrayTypeMismatchException();
        internal static void ThrowArgumentException_DestinationTooShort() => throw new ArgumentException(SR.Argument_DestinationTooShort, "destination");
        internal static void ThrowInvalidTypeWithPointersNotSupported(Type t) => throw new ArgumentException(SR.Format(SR.Argument_InvalidTypeWithPointersNotSupported, t));
        internal static void ThrowValueArgumentOutOfRange_NeedNonNegNumException() => throw new ArgumentOutOfRangeException("value", SR.ArgumentOutOfRange_NeedNonNegNum);
        internal static void ThrowInvalidOperationException_EnumFailedVersion() => throw new InvalidOperationException(SR.InvalidOperation_EnumFailedVersion);
        internal static void ThrowInvalidOperationException_EnumOpCantHappen() => throw new InvalidOperationException(SR.InvalidOperation_EnumOpCantHappen);
        internal static void ThrowInvalidOperationException_NoValue() => throw new InvalidOperationException(SR.InvalidOperation_NoValue);
        internal static void ThrowNotSupportedException_ReadOnly() => throw new NotSupportedException(SR.NotSupported_ReadOnlyCollection);
        internal static void ThrowKeyNotFoundException<T>(T key) => throw new KeyNotFoundException(SR.Format(SR.Arg_KeyNotFoundWithKey, key));
        internal static void ThrowAddingDuplicateWithKeyArgumentException<T>(T key) => throw new ArgumentException(SR.Format(SR.Argument_AddingDuplicateWithKey, key));
        internal static void ThrowArgumentOutOfRange_NeedNonNegNum(string name) => throw new ArgumentOutOfRangeException(name, SR.ArgumentOutOfRange_NeedNonNegNum);
        internal static void ThrowArgumentException_InvalidOffLen() => throw new ArgumentException(SR.Argument_InvalidOffLen);
        internal static void ThrowNotSupportedException() => throw new NotSupportedException();
        internal static void ThrowNegateTwosCompOverflow() => throw new OverflowException(SR.Overflow_NegateTwosCompNum);
        internal static void ThrowMinMaxException<T>(T min, T max) => throw new ArgumentException(SR.Format(SR.Argument_MinMaxValue, min, max));
        internal static void ThrowWrongValueType(object value, Type t) => throw new ArgumentException(SR.Format(SR.Arg_WrongType, value, t), "value");
    }
}
