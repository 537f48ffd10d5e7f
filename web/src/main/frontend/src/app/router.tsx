import type { RouteObject } from 'react-router'
import { LoginPage } from '@/features/auth/components/login-page'
import { AREAS } from './areas'
import { AppLayout } from './layout/app-layout'
import { AreaRoute } from './routes/area-route'
import { HomeRedirect } from './routes/home-redirect'
import { NotFound } from './routes/not-found'
import { RequireAuth } from './routes/require-auth'

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...AREAS.map((area) => ({ path: area.path, element: <AreaRoute area={area} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]
