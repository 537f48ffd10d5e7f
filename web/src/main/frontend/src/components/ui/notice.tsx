// Short-lived notices ("User created", "Quota saved") in a polite live region, so screen readers hear them too.

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

type Tone = 'success' | 'info' | 'error'

interface Notice {
  id: number
  tone: Tone
  text: string
}

interface NoticeApi {
  notify: (text: string, tone?: Tone) => void
}

const NoticeContext = createContext<NoticeApi | null>(null)

const VISIBLE_MS = 5000

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((n) => n.id !== id))
  }, [])

  const notify = useCallback(
    (text: string, tone: Tone = 'success') => {
      const id = nextId.current++
      setNotices((current) => [...current.slice(-3), { id, tone, text }])
      window.setTimeout(() => {
        dismiss(id)
      }, VISIBLE_MS)
    },
    [dismiss],
  )

  const api = useMemo(() => ({ notify }), [notify])
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`}>
            <span>{n.text}</span>
            <button
              type="button"
              className="btn btn-ghost btn-small"
              aria-label="Dismiss"
              onClick={() => {
                dismiss(n.id)
              }}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  )
}

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext)
  if (api === null) throw new Error('useNotice needs a NoticeProvider')
  return api
}
