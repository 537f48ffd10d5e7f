import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { session } from '@/lib/auth/session'

// Most tests run in jsdom; a few (lint rules) run in plain node, where there is no DOM to prepare or clean.
const hasDom = typeof window !== 'undefined'

if (hasDom) {
  // jsdom has <dialog> but not its modal methods; these do what the browser does for the parts tests can observe
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false
  }
}

afterEach(() => {
  if (!hasDom) return
  cleanup()
  session.reset()
  sessionStorage.clear()
})
