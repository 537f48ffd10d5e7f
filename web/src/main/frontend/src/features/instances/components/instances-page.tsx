import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { type Column, DataTable } from '@/components/ui/data-table'
import { FormError } from '@/components/ui/form-error'
import { useNotice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { type InstanceAction, useInstanceAction, useInstances } from '../api/instances'
import { useLiveUpdates } from '../api/live-updates'
import type { Instance } from '../types'
import { CreateInstanceDialog } from './create-instance-dialog'
import { InstanceDrawer } from './instance-drawer'
import { AgentBadge, StatusBadge } from './status-badges'

export default function InstancesPage() {
  const [page, setPage] = useState(0)
  const instances = useInstances(page)
  const live = useLiveUpdates()
  const action = useInstanceAction()
  const notice = useNotice()
  const [creating, setCreating] = useState(false)
  const [openId, setOpenId] = useState<number | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())

  const toggle = (id: number) => {
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const run = (act: InstanceAction) => {
    const ids = [...selected]
    action.mutate(
      { ids, action: act },
      {
        onSuccess: () => {
          notice.notify(`${act} requested for ${String(ids.length)} instance${ids.length === 1 ? '' : 's'}`)
          setSelected(new Set())
        },
      },
    )
  }

  const columns: Column<Instance>[] = [
    {
      key: 'select',
      header: 'Select',
      render: (i) => (
        <input type="checkbox" aria-label={`Select ${i.name}`} checked={selected.has(i.id)} onChange={() => { toggle(i.id) }} />
      ),
    },
    {
      key: 'name',
      header: 'Name',
      render: (i) => (
        <Button variant="ghost" size="small" onClick={() => { setOpenId(i.id) }} aria-label={`Open ${i.name}`}>
          {i.name}
        </Button>
      ),
    },
    { key: 'type', header: 'Type', render: (i) => `${i.type} · ${i.size ?? ''}` },
    { key: 'status', header: 'Status', render: (i) => <StatusBadge status={i.status} /> },
    { key: 'agent', header: 'Agent', render: (i) => <AgentBadge status={i.agentStatus} /> },
    { key: 'reason', header: 'Reason', render: (i) => i.reason ?? '' },
    { key: 'desired', header: 'Desired', render: (i) => i.desired.powerState },
  ]

  return (
    <>
      <PageHeader
        title="Instances"
        description={<>Agent runtimes, their state and their agents. {live ? 'Live updates on.' : 'Connecting live updates…'}</>}
        actions={
          <Button variant="primary" onClick={() => { setCreating(true) }}>
            New instance
          </Button>
        }
      />
      <div className="toolbar" role="toolbar" aria-label="Batch actions">
        <span>{selected.size} selected</span>
        {(['start', 'stop', 'restart', 'delete'] as const).map((act) => (
          <Button key={act} size="small" variant={act === 'delete' ? 'danger' : 'secondary'} disabled={selected.size === 0}
            busy={action.isPending && action.variables.action === act} onClick={() => { run(act) }}>
            {act[0].toUpperCase() + act.slice(1)} selected
          </Button>
        ))}
      </div>
      <FormError error={action.error} />
      <DataTable
        caption="Instances"
        columns={columns}
        rows={instances.data?.items}
        rowKey={(i) => i.id}
        isLoading={instances.isFetching}
        error={instances.error}
        onRetry={() => void instances.refetch()}
        emptyTitle="No instances yet"
        emptyHint="Create one with “New instance”."
      />
      {instances.data === undefined ? null : (
        <Pagination label="Instances pages" page={instances.data.page} size={instances.data.size} total={instances.data.total}
          onPage={setPage} onSize={() => undefined} />
      )}
      <CreateInstanceDialog open={creating} onClose={() => { setCreating(false) }} />
      {openId === null ? null : <InstanceDrawer id={openId} onClose={() => { setOpenId(null) }} />}
    </>
  )
}
