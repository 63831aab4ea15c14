'use client';

import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `ms` (what was typed, after the person stopped typing). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
