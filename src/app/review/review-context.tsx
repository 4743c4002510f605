// React access to the review store: one per page, outliving the graph reloads that saves cause.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReviewActions, ReviewState, ReviewStore } from './review-store';

const ReviewContext = createContext<ReviewStore | null>(null);

export function ReviewStoreProvider({ store, children }: { store: ReviewStore; children: ReactNode }) {
  return <ReviewContext.Provider value={store}>{children}</ReviewContext.Provider>;
}

export function useReviewStore(): ReviewStore {
  const store = useContext(ReviewContext);
  if (!store) throw new Error('useReview must be used inside <ReviewStoreProvider>');
  return store;
}

export function useReview<T>(selector: (s: ReviewState) => T): T {
  return useStore(useReviewStore(), selector);
}

/** The review actions; they never change. */
export function useReviewActions(): ReviewActions {
  return useReviewStore().getState();
}
