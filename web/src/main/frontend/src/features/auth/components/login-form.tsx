import { useState, type SubmitEvent } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { isApiError } from '@/lib/api-error'
import { useLogin } from '../api/login'

function loginErrorText(error: unknown): unknown {
  if (isApiError(error) && error.status === 429 && error.retryAfter !== null) {
    const minutes = Math.ceil(error.retryAfter / 60)
    return new Error(`${error.detail} (about ${String(minutes)} minute${minutes === 1 ? '' : 's'})`)
  }
  return error
}

/** On success the session begins and the login page moves on by itself. */
export function LoginForm() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const login = useLogin()
  const fieldErrors = isApiError(login.error) ? login.error.fieldErrorMap() : {}

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    login.mutate({ username: username.trim(), password })
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Log in">
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        value={username}
        error={fieldErrors.username}
        onChange={(e) => {
          setUsername(e.target.value)
        }}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        error={fieldErrors.password}
        onChange={(e) => {
          setPassword(e.target.value)
        }}
      />
      <FormError error={loginErrorText(login.error)} fields={['username', 'password']} />
      <Button type="submit" variant="primary" busy={login.isPending} className="btn-block">
        Log in
      </Button>
    </form>
  )
}
