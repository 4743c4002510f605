import { createRoot } from 'react-dom/client';

// Placeholder shell; the explorer replaces it.
createRoot(document.getElementById('root')!).render(<p>News Knowledge Graph Explorer</p>);
