import { useState, type SubmitEvent } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { SelectField, TextAreaField } from '@/components/ui/field'
import { FormError } from '@/components/ui/form-error'
import { useTestRiskRules } from '../api/test-risk-rules'
import { segments } from '../utils/highlight'
import { ACTION_TONE } from './rules-table'

/** Runs the rules every replica runs on a sample and shows where they hit, what happens and the redacted text. */
export function TestBox() {
  const [text, setText] = useState('')
  const [direction, setDirection] = useState<'request' | 'response'>('request')
  const test = useTestRiskRules()
  const [tested, setTested] = useState('')
  const result = test.data
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setTested(text)
    test.mutate({ text, direction })
  }

  return (
    <section className="card risk-test" aria-labelledby="risk-test-title">
      <h2 id="risk-test-title">Test the rules</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Test the rules">
        <TextAreaField label="Sample text" rows={5} value={text} onChange={(e) => { setText(e.target.value) }}
          hint="Nothing is stored and no counters change." />
        <SelectField label="Direction" value={direction} onChange={(e) => { setDirection(e.target.value === 'response' ? 'response' : 'request') }}>
          <option value="request">request (prompt)</option>
          <option value="response">response (model output)</option>
        </SelectField>
        <FormError error={test.error} fields={['text', 'direction']} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={test.isPending} disabled={text === ''}>Test</Button>
        </div>
      </form>
      {result === undefined ? null : (
        <div className="risk-result" aria-live="polite">
          <p>
            Verdict: <Badge tone={ACTION_TONE[result.action]}>{result.action}</Badge>{' '}
            <span className="muted">
              {result.hits.length} {result.hits.length === 1 ? 'hit' : 'hits'}, {result.rules} rules, {(result.nanos / 1000).toFixed(0)} µs
            </span>
          </p>
          <h3>Hits in the sample</h3>
          <pre className="risk-sample" data-testid="risk-highlighted">
            {segments(tested, result.hits).map((s, i) => s.hits.length === 0 ? (
              <span key={i}>{s.text}</span>
            ) : (
              <mark key={i} title={s.hits.map((h) => `${h.ruleName} (${h.action})`).join(', ')} data-rules={s.hits.map((h) => h.ruleId).join(' ')}>
                {s.text}
                <span className="visually-hidden"> [{s.hits.map((h) => h.ruleId).join(', ')}]</span>
              </mark>
            ))}
          </pre>
          {result.hits.length === 0 ? null : (
            <ul className="risk-hits" aria-label="Hits">
              {result.hits.map((h, i) => (
                <li key={i}>
                  <Badge tone={ACTION_TONE[h.action]}>{h.action}</Badge> {h.ruleName} <span className="muted mono">{h.ruleId} · {h.severity} · {h.start}–{h.end} · {h.excerpt}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Text after redaction</h3>
          <pre className="risk-sample" data-testid="risk-redacted">{result.redacted}</pre>
        </div>
      )}
    </section>
  )
}
