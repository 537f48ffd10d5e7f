import { ErrorState, Loading } from '@/components/ui/states'
import { UsageMeter } from '@/components/ui/usage-meter'
import { useMyQuota } from '../api/get-my-quota'

export function QuotaSummary() {
  const quota = useMyQuota()
  if (quota.error !== null) return <ErrorState error={quota.error} onRetry={() => void quota.refetch()} />
  if (quota.data === undefined) return <Loading />
  const q = quota.data
  const rows = [
    { label: 'Instances', used: q.usage.instances, limit: q.maxInstances, unit: '' },
    { label: 'CPU', used: q.usage.cpuCores, limit: q.maxCpuCores, unit: 'cores' },
    { label: 'Memory', used: q.usage.memoryGiB, limit: q.maxMemoryGiB, unit: 'GiB' },
    { label: 'Storage', used: q.usage.storageGiB, limit: q.maxStorageGiB, unit: 'GiB' },
    { label: 'GPUs', used: q.usage.gpus, limit: q.maxGpus, unit: '' },
  ]
  return (
    <dl className="quota-list">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd>
            <UsageMeter used={r.used} limit={r.limit} unit={r.unit} />
          </dd>
        </div>
      ))}
    </dl>
  )
}
