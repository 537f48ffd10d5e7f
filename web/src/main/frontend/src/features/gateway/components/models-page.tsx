import { useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { SelectField, TextField } from '@/components/ui/field'
import { useNotice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { isApiError } from '@/lib/api-error'
import { formatDateTime } from '@/utils/format'
import { addPrice, createModel, createProvider, deleteAlias, deleteModel, deleteProvider, discoverModels, putAlias, useAliases,
  useCatalogMutation, useModels, usePrices, useProviders } from '../api/catalog'
import { InlineForm, Section } from './section-form'
import './gateway.css'

const csv = (s: string) => s.split(',').map((x) => x.trim()).filter((x) => x !== '')
const blankless = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''))

export default function ModelsPage() {
  useDocumentTitle('Providers and models')
  const { notify } = useNotice()
  const providers = useProviders()
  const models = useModels()
  const aliases = useAliases()
  const prices = usePrices()
  const [p, setP] = useState({ name: '', kind: 'openai', baseUrl: '', apiKey: '', apiVersion: '' })
  const [m, setM] = useState({ name: '', providerId: '', upstreamModel: '', kind: 'chat', weight: '1', fallbacks: '', secure: false })
  const [a, setA] = useState({ alias: '', target: '' })
  const [pr, setPr] = useState({ model: '', inputPerMTok: '', outputPerMTok: '', effectiveFrom: '' })
  const [discovered, setDiscovered] = useState<Partial<Record<number, string[]>>>({})
  const addProvider = useCatalogMutation((body: unknown) => createProvider(body))
  const removeProvider = useCatalogMutation((id: number) => deleteProvider(id))
  const addModel = useCatalogMutation((body: unknown) => createModel(body))
  const removeModel = useCatalogMutation((id: number) => deleteModel(id))
  const saveAlias = useCatalogMutation((body: { alias: string; target: string }) => putAlias(body))
  const removeAlias = useCatalogMutation((alias: string) => deleteAlias(alias))
  const savePrice = useCatalogMutation((body: unknown) => addPrice(body))
  const providerName = (id: number) => providers.data?.find((x) => x.id === id)?.name ?? String(id)
  const fe = (e: unknown) => (isApiError(e) ? e.fieldErrorMap() : {})

  return (
    <>
      <PageHeader title="Providers and models" description="Upstreams, the models they serve, aliases and the versioned price table." />
      <Section title="Providers">
        <DataTable caption="Providers" rows={providers.data} rowKey={(x) => x.id} isLoading={providers.isFetching} error={providers.error}
          columns={[
            { key: 'name', header: 'Name', render: (x) => x.name },
            { key: 'kind', header: 'Kind', render: (x) => <Badge tone="accent">{x.kind}</Badge> },
            { key: 'url', header: 'Base URL', render: (x) => x.baseUrl ?? '—' },
            { key: 'key', header: 'API key', render: (x) => (x.hasApiKey ? 'set (encrypted)' : 'none') },
            { key: 'models', header: 'Discovered', render: (x) => (discovered[x.id] ?? []).join(', ') },
            { key: 'actions', header: 'Actions', render: (x) => (
              <span className="actions">
                <Button size="small" aria-label={`Discover models of ${x.name}`} onClick={() => {
                  void discoverModels(x.id).then((r) => { setDiscovered((d) => ({ ...d, [x.id]: r.models })) },
                    (e: unknown) => { notify(isApiError(e) ? e.detail : 'Discovery failed', 'error') })
                }}>Discover</Button>
                <Button size="small" variant="danger" aria-label={`Delete provider ${x.name}`} onClick={() => { removeProvider.mutate(x.id) }}>Delete</Button>
              </span>
            ) },
          ]} />
        <InlineForm label="Add provider" submit="Add provider" busy={addProvider.isPending} error={addProvider.error}
          fields={['name', 'kind', 'baseUrl', 'apiKey', 'apiVersion']}
          onSubmit={() => { addProvider.mutate(blankless(p), { onSuccess: () => { setP({ ...p, name: '', apiKey: '' }) } }) }}>
          <TextField label="Provider name" value={p.name} error={fe(addProvider.error).name} onChange={(e) => { setP({ ...p, name: e.target.value }) }} />
          <SelectField label="Kind" value={p.kind} onChange={(e) => { setP({ ...p, kind: e.target.value }) }}>
            <option value="openai">openai (OpenAI, Azure, vLLM, Ollama)</option>
            <option value="anthropic">anthropic</option>
            <option value="mock">mock</option>
          </SelectField>
          <TextField label="Base URL" value={p.baseUrl} error={fe(addProvider.error).baseUrl} onChange={(e) => { setP({ ...p, baseUrl: e.target.value }) }} />
          <TextField label="API key" type="password" autoComplete="off" value={p.apiKey} onChange={(e) => { setP({ ...p, apiKey: e.target.value }) }} />
          <TextField label="API version (Azure)" value={p.apiVersion} onChange={(e) => { setP({ ...p, apiVersion: e.target.value }) }} />
        </InlineForm>
      </Section>
      <Section title="Models">
        <DataTable caption="Model deployments" rows={models.data} rowKey={(x) => x.id} isLoading={models.isFetching} error={models.error}
          columns={[
            { key: 'name', header: 'Model', render: (x) => <code>{x.name}</code> },
            { key: 'provider', header: 'Provider', render: (x) => providerName(x.providerId) },
            { key: 'upstream', header: 'Upstream name', render: (x) => x.upstreamModel },
            { key: 'kind', header: 'Kind', render: (x) => x.kind },
            { key: 'weight', header: 'Weight', render: (x) => x.weight },
            { key: 'secure', header: 'Secure', render: (x) => (x.secure ? <Badge tone="warn">secure</Badge> : '') },
            { key: 'fallbacks', header: 'Fallbacks', render: (x) => x.fallbacks.join(', ') },
            { key: 'actions', header: 'Actions', render: (x) => (
              <Button size="small" variant="danger" aria-label={`Delete deployment ${String(x.id)} of ${x.name}`} onClick={() => { removeModel.mutate(x.id) }}>Delete</Button>
            ) },
          ]} />
        <InlineForm label="Add model" submit="Add model" busy={addModel.isPending} error={addModel.error}
          fields={['name', 'providerId', 'upstreamModel', 'kind', 'weight', 'fallbacks']}
          onSubmit={() => {
            addModel.mutate({ ...blankless({ name: m.name, upstreamModel: m.upstreamModel, kind: m.kind }), providerId: Number(m.providerId),
              weight: Number(m.weight), secure: m.secure, fallbacks: csv(m.fallbacks) }, { onSuccess: () => { setM({ ...m, name: '', upstreamModel: '' }) } })
          }}>
          <TextField label="Model name" value={m.name} error={fe(addModel.error).name} onChange={(e) => { setM({ ...m, name: e.target.value }) }} />
          <SelectField label="Provider" value={m.providerId} error={fe(addModel.error).providerId} onChange={(e) => { setM({ ...m, providerId: e.target.value }) }}>
            <option value="">choose…</option>
            {(providers.data ?? []).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </SelectField>
          <TextField label="Upstream name" value={m.upstreamModel} onChange={(e) => { setM({ ...m, upstreamModel: e.target.value }) }} />
          <SelectField label="Model kind" value={m.kind} onChange={(e) => { setM({ ...m, kind: e.target.value }) }}>
            <option value="chat">chat</option>
            <option value="embedding">embedding</option>
          </SelectField>
          <TextField label="Weight" type="number" value={m.weight} error={fe(addModel.error).weight} onChange={(e) => { setM({ ...m, weight: e.target.value }) }} />
          <TextField label="Fallback models" value={m.fallbacks} onChange={(e) => { setM({ ...m, fallbacks: e.target.value }) }} />
          <label className="gw-check"><input type="checkbox" checked={m.secure} onChange={(e) => { setM({ ...m, secure: e.target.checked }) }} />Secure (reroute target)</label>
        </InlineForm>
      </Section>
      <Section title="Aliases">
        <DataTable caption="Aliases" rows={aliases.data} rowKey={(x) => x.alias} isLoading={aliases.isFetching} error={aliases.error}
          columns={[
            { key: 'alias', header: 'Alias', render: (x) => <code>{x.alias}</code> },
            { key: 'target', header: 'Model', render: (x) => <code>{x.target}</code> },
            { key: 'actions', header: 'Actions', render: (x) => (
              <Button size="small" variant="danger" aria-label={`Delete alias ${x.alias}`} onClick={() => { removeAlias.mutate(x.alias) }}>Delete</Button>
            ) },
          ]} />
        <InlineForm label="Add alias" submit="Save alias" busy={saveAlias.isPending} error={saveAlias.error} fields={['alias', 'target']}
          onSubmit={() => { saveAlias.mutate(a, { onSuccess: () => { setA({ alias: '', target: '' }) } }) }}>
          <TextField label="Alias" value={a.alias} onChange={(e) => { setA({ ...a, alias: e.target.value }) }} />
          <TextField label="Target model" value={a.target} onChange={(e) => { setA({ ...a, target: e.target.value }) }} />
        </InlineForm>
      </Section>
      <Section title="Prices">
        <DataTable caption="Price versions" rows={prices.data} rowKey={(x) => x.version} isLoading={prices.isFetching} error={prices.error}
          columns={[
            { key: 'model', header: 'Model', render: (x) => <code>{x.model}</code> },
            { key: 'v', header: 'Version', render: (x) => x.version },
            { key: 'in', header: 'Input / 1M', render: (x) => `${String(x.inputPerMTok)} ${x.currency}` },
            { key: 'out', header: 'Output / 1M', render: (x) => `${String(x.outputPerMTok)} ${x.currency}` },
            { key: 'cached', header: 'Cached / 1M', render: (x) => `${String(x.cachedPerMTok)} ${x.currency}` },
            { key: 'from', header: 'Effective from', render: (x) => formatDateTime(x.effectiveFrom) },
            { key: 'current', header: 'In force', render: (x) => (x.current ? <Badge tone="good">current</Badge> : '') },
          ]} />
        <InlineForm label="Add price" submit="Add price version" busy={savePrice.isPending} error={savePrice.error}
          fields={['model', 'inputPerMTok', 'outputPerMTok', 'effectiveFrom']}
          onSubmit={() => {
            savePrice.mutate({ model: pr.model, inputPerMTok: Number(pr.inputPerMTok), outputPerMTok: Number(pr.outputPerMTok),
              ...(pr.effectiveFrom === '' ? {} : { effectiveFrom: new Date(pr.effectiveFrom).toISOString() }) })
          }}>
          <TextField label="Price model" value={pr.model} error={fe(savePrice.error).model} onChange={(e) => { setPr({ ...pr, model: e.target.value }) }} />
          <TextField label="Input per 1M tokens" type="number" step="any" value={pr.inputPerMTok} error={fe(savePrice.error).inputPerMTok}
            onChange={(e) => { setPr({ ...pr, inputPerMTok: e.target.value }) }} />
          <TextField label="Output per 1M tokens" type="number" step="any" value={pr.outputPerMTok} error={fe(savePrice.error).outputPerMTok}
            onChange={(e) => { setPr({ ...pr, outputPerMTok: e.target.value }) }} />
          <TextField label="Effective from" type="datetime-local" value={pr.effectiveFrom} onChange={(e) => { setPr({ ...pr, effectiveFrom: e.target.value }) }} />
        </InlineForm>
      </Section>
    </>
  )
}
