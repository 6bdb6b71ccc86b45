using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace StatementContent
{
    /// <summary>The argument checks the runtime types' constructors share.</summary>
    internal static class RuntimeArguments
    {
        /// <summary>
        /// A copy of a list of strings, none of them null (else an <see cref="ArgumentException"/> naming <paramref name="what"/>).
        /// An array is copied as an array: generated code passes arrays, and at start-up the first call through
        /// <see cref="IReadOnlyList{T}"/> on an array costs more than the whole copy (docs/benchmarks.md §2).
        /// </summary>
        public static string[] CopyStrings(IReadOnlyList<string> list, string what, string parameter)
        {
            string[] copy;
            if (list is string[] array)
            {
                copy = new string[array.Length];
                Array.Copy(array, copy, array.Length);
            }
            else
            {
                copy = new string[list.Count];
                for (int i = 0; i < copy.Length; i++)
                {
                    copy[i] = list[i];
                }
            }

            for (int i = 0; i < copy.Length; i++)
            {
                if (copy[i] == null)
                {
                    throw Invalid("A " + what + " is null.", parameter);
                }
            }

            return copy;
        }

        /// <summary>
        /// The exception for an invalid argument, made out of line: a constructor stays small for the JIT, which
        /// compiles a method whole, thrown or not (string interpolation there would load its handler type at start-up).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ArgumentException Invalid(string message, string parameter) => new ArgumentException(message, parameter);
    }
}
