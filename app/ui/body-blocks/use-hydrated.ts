import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** False in the server's HTML and until hydration, then true: controls that need JavaScript appear only when it runs. */
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);
