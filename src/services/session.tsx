/**
 * Who is signed in and in which role they are working now. In WeChat the cloud knows the caller (or, against a
 * self-hosted host, the transport signs in with `wx.login`); in the browser a PC one-time code or the demo login
 * (local host only, H5 build only) issues a token.
 */
import Taro from '@tarojs/taro';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type PropsWithChildren } from 'react';
import type { RoleGrant } from '../../types/domain';
import type { Me } from '../../types/views';
import { useNetworkReturn } from '../hooks/useNetworkReturn';
import { ApiError, call, messageOf } from './api';
import { devLogin } from './dev-login';
import { tokenStore } from './transport';

/** The hat a person is wearing on the home page. */
export type Mode = 'resident' | 'member' | 'staff' | 'street' | 'grid' | 'department';

export interface Session {
  me: Me | null;
  loading: boolean;
  /** Why the last look-up of who is signed in failed (a weak network), or null: pages offer 重试. */
  error: string | null;
  /** The community the person works in now (their first one unless they switch). */
  communityId: string | null;
  mode: Mode;
  modes: Mode[];
  setMode(mode: Mode): void;
  /** The member role in this community, if any (with its review status). */
  member: RoleGrant | null;
  refresh(): Promise<void>;
  /** Demo login (H5 dev only) as a demo account. */
  signIn(openid: string): Promise<void>;
  /** Browser only: keeps a token the host issued for a PC one-time code and loads who it belongs to. */
  adopt(token: string): Promise<void>;
  signOut(): void;
  /** 1 normally; 1.4 in 大字模式 or when the system asks for large text. */
  fontScale: number;
  setLargeText(on: boolean): void;
  largeText: boolean;
}

const SessionContext = createContext<Session | null>(null);

const LARGE_KEY = 'sandan.largeText';
const MODE_KEY = 'sandan.mode';

function systemFontScale(): number {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeScaleFactor?: number; fontSizeSetting?: number };
    return info.fontSizeScaleFactor ?? (info.fontSizeSetting ? info.fontSizeSetting / 16 : 1);
  } catch {
    return 1;
  }
}

export function modesOf(me: Me | null): Mode[] {
  if (!me) return [];
  const roles = new Set(me.roles.map((r) => r.role));
  const modes: Mode[] = [];
  // An admin works where the grant is: a community's admin as its staff, a street's admin (职能部门) on the street.
  if (roles.has('staff') || me.roles.some((r) => r.role === 'admin' && r.communityId)) modes.push('staff');
  if (roles.has('street_staff') || me.roles.some((r) => r.role === 'admin' && r.streetId)) modes.push('street');
  if (roles.has('grid_worker') || roles.has('grid_leader')) modes.push('grid');
  if (roles.has('department_staff')) modes.push('department');
  if (roles.has('member')) modes.push('member');
  modes.push('resident');
  return modes;
}

export function SessionProvider({ children }: PropsWithChildren) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Mode | null>(() => Taro.getStorageSync(MODE_KEY) || null);
  const [largeText, setLarge] = useState<boolean>(() => !!Taro.getStorageSync(LARGE_KEY));

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      setMe(await call('session.me', {}));
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'AUTH.REQUIRED') setMe(null);
      setError(e instanceof ApiError && e.code === 'AUTH.REQUIRED' ? null : messageOf(e));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp' && !tokenStore.get()) setLoading(false);
    else void refresh();
  }, [refresh]);

  // Launched on a weak network: try again as soon as it is back.
  const failed = useRef(false);
  failed.current = error !== null;
  useNetworkReturn(() => void (failed.current && refresh()));

  const adopt = useCallback(
    async (token: string) => {
      // A literal test around the body, so a weapp build keeps no token code of its own (its transport signs in).
      if (process.env.TARO_ENV === 'h5') {
        tokenStore.set(token);
        Taro.removeStorageSync(MODE_KEY);
        setChosen(null);
        await refresh();
      }
    },
    [refresh],
  );

  const signIn = useCallback(
    async (openid: string) => {
      // A literal test, so the weapp build drops the demo login: WeChat signs in by itself.
      if (process.env.TARO_ENV === 'h5') await adopt(await devLogin(openid));
    },
    [adopt],
  );

  const value = useMemo<Session>(() => {
    const modes = modesOf(me);
    const mode = chosen && modes.includes(chosen) ? chosen : modes[0] ?? 'resident';
    const communityId = me?.roles.find((r) => r.communityId)?.communityId ?? me?.communities[0]?.id ?? null;
    return {
      me,
      loading,
      error,
      communityId,
      mode,
      modes,
      setMode: (m) => {
        Taro.setStorageSync(MODE_KEY, m);
        setChosen(m);
      },
      member: me?.roles.find((r) => r.role === 'member' && r.communityId === communityId) ?? null,
      refresh,
      signIn,
      adopt,
      signOut: () => {
        if (process.env.TARO_ENV === 'h5') tokenStore.clear();
        setMe(null);
      },
      fontScale: Math.max(systemFontScale(), largeText ? 1.4 : 1),
      largeText,
      setLargeText: (on) => {
        Taro.setStorageSync(LARGE_KEY, on ? '1' : '');
        setLarge(on);
      },
    };
  }, [me, loading, error, chosen, largeText, refresh, signIn, adopt]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
