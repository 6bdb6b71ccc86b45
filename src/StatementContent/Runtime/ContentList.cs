using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace StatementContent
{
    /// <summary>
    /// Read-only lists whose items are made on first read, each once. Generated code builds a statement's paragraphs
    /// and signatories this way, so reading one paragraph builds that paragraph only (not the other texts and
    /// parties), and a text's strings are loaded when it is first read.
    /// </summary>
    public static class ContentList
    {
        /// <summary>A list of <paramref name="count"/> items, item <c>i</c> made by <paramref name="create"/>(i) on its first read.</summary>
        /// <param name="count">How many items the list has.</param>
        /// <param name="create">Makes an item from its index; called at most once per index that is kept (racing threads may both call it, one result is kept).</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public static IReadOnlyList<T> Create<T>(int count, Func<int, T> create)
            where T : class
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new Deferred<T>(count, create ?? throw new ArgumentNullException(nameof(create)));
        }

        /// <summary>A list made by <see cref="Create"/>: immutable once made, so the runtime types keep it instead of copying it.</summary>
        internal interface IImmutable
        {
        }

        private sealed class Deferred<T> : IReadOnlyList<T>, IImmutable
            where T : class
        {
            // Invariant (lock-free, correct by construction): each slot goes once from null to an item, by
            // CompareExchange, and never changes again; a reader reads a slot once (Volatile.Read) and returns what it
            // read or the one item the exchange kept, so every reader of an index gets the same object.
            private readonly T?[] _items;
            private readonly Func<int, T> _create;

            public Deferred(int count, Func<int, T> create)
            {
                _items = new T?[count];
                _create = create;
            }

            public int Count => _items.Length;

            public T this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_items.Length)
                    {
                        throw new ArgumentOutOfRangeException(nameof(index));
                    }

                    return Volatile.Read(ref _items[index]) ?? Make(index);
                }
            }

            public IEnumerator<T> GetEnumerator()
            {
                for (int i = 0; i < _items.Length; i++)
                {
                    yield return this[i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            private T Make(int index)
            {
                T made = _create(index) ?? throw new InvalidOperationException("The list's item " + index + " was made null.");
                return Interlocked.CompareExchange(ref _items[index], made, null) ?? made;
            }
        }
    }
}
