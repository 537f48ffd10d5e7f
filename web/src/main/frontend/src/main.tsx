import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { restoreSession } from '@/lib/api-client'
import '@/styles/base.css'
import '@/styles/layout.css'
import '@/styles/ui.css'

// Started once, before the first render: under StrictMode an effect would run twice, and refresh tokens rotate.
void restoreSession()

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
