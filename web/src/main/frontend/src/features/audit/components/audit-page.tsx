import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { useAuditEntries } from '../api/get-audit-entries'
import { AuditFiltersForm } from './audit-filters'
import { AuditTable } from './audit-table'
import { useAuditFilters } from './use-audit-filters'

export default function AuditPage() {
  const [filters, setFilters] = useAuditFilters()
  const entries = useAuditEntries(filters)
  return (
    <>
      <PageHeader title="Audit log" description="Every change made by a person: who, what, when, and the state before and after." />
      {/* keyed by the applied filters: Back/Forward or a shared link re-fills the form */}
      <AuditFiltersForm key={JSON.stringify({ ...filters, page: 0, size: 0 })} filters={filters} onApply={setFilters} />
      <AuditTable
        entries={entries.data?.items}
        isLoading={entries.isFetching}
        error={entries.error}
        onRetry={() => void entries.refetch()}
      />
      {entries.data === undefined ? null : (
        <Pagination
          label="Audit log pages"
          page={entries.data.page}
          size={entries.data.size}
          total={entries.data.total}
          onPage={(page) => {
            setFilters({ page })
          }}
          onSize={(size) => {
            setFilters({ size })
          }}
        />
      )}
    </>
  )
}
