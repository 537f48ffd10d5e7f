import { type Column, DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { UsageMeter } from '@/components/ui/usage-meter'
import { useCapacity } from '../api/instances'
import type { Capacity } from '../types'

type Node = Capacity['nodes'][number]

export default function ClusterPage() {
  const capacity = useCapacity()
  const columns: Column<Node>[] = [
    { key: 'name', header: 'Node', render: (n) => `${n.name}${n.ready ? '' : ' (not ready)'}` },
    { key: 'cpu', header: 'CPU (cores)', render: (n) => <UsageMeter used={n.cpuMillicoresRequested / 1000} limit={n.cpuMillicoresAllocatable / 1000} /> },
    { key: 'memory', header: 'Memory (GiB)', render: (n) => <UsageMeter used={Math.round(n.memoryMiBRequested / 1024)} limit={Math.round(n.memoryMiBAllocatable / 1024)} /> },
    { key: 'disk', header: 'Disk (GiB)', render: (n) => <UsageMeter used={n.diskGiBRequested} limit={n.diskGiBAllocatable} /> },
    { key: 'gpus', header: 'GPUs', render: (n) => `${String(n.gpusRequested)} / ${String(n.gpusAllocatable)}` },
    { key: 'instances', header: 'Instances', render: (n) => n.instances },
  ]
  return (
    <>
      <PageHeader title="Cluster" description={`Requested versus available capacity (driver: ${capacity.data?.driver ?? '…'}).`} />
      <DataTable caption="Capacity per node" columns={columns} rows={capacity.data?.nodes} rowKey={(n) => n.name}
        isLoading={capacity.isFetching} error={capacity.error} onRetry={() => void capacity.refetch()} emptyTitle="No nodes" />
    </>
  )
}
