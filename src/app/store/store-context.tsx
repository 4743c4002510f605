// React access to the explorer store: a provider for the instance and a selector hook.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExplorerActions, ExplorerState, ExplorerStore } from './explorer-store';

const StoreContext = createContext<ExplorerStore | null>(null);

export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorer must be used inside <ExplorerStoreProvider>');
  return store;
}

/** Select a slice of the explorer state; wrap selectors that build arrays or objects in useShallow. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}

/** The store's actions; they never change, so reading them does not subscribe to anything. */
export function useActions(): ExplorerActions {
  return useExplorerStore().getState();
}
