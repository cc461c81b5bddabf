'use client';

import { useActionState } from 'react';
import type { UserRole } from '@/lib/domain/staff-roles';
import { ButtonForm } from '../../_components/button-form';
import { FormMessage } from '../../_components/form-message';
import { IDLE, type FormState } from '@/lib/actions/form-state';
import { changeStaffRoleAction, resetStaffPasswordAction, setStaffActiveAction, unlockStaffAction } from '../actions';
import { RoleSelect } from './role-select';

type Props = { id: number; email: string; role: UserRole; active: boolean; locked: boolean; isSelf: boolean };

/** Role, activation, unlock and password controls for one account; each form reports its own outcome. */
export function StaffRowActions({ id, email, role, active, locked, isSelf }: Props) {
  const [roleState, roleAction] = useActionState<FormState, FormData>(changeStaffRoleAction, IDLE);
  const [activeState, activeAction] = useActionState<FormState, FormData>(setStaffActiveAction, IDLE);
  const [passwordState, passwordAction] = useActionState<FormState, FormData>(resetStaffPasswordAction, IDLE);
  const [unlockState, unlockAction] = useActionState<FormState, FormData>(unlockStaffAction, IDLE);
  return (
    <div className="admin-form">
      {isSelf ? null : (
        <form action={roleAction} className="admin-inline-form">
          <input type="hidden" name="userId" value={id} />
          <RoleSelect id={`role-${id}`} label={`Vai trò của ${email}`} defaultValue={role} />
          <button type="submit" aria-label={`Lưu vai trò của ${email}`}>
            Lưu vai trò
          </button>
          <FormMessage state={roleState} />
        </form>
      )}
      {isSelf ? null : (
        <ButtonForm
          action={activeAction}
          state={activeState}
          fields={{ userId: id, active: active ? 'false' : 'true' }}
          label={active ? 'Vô hiệu hóa' : 'Kích hoạt lại'}
          ariaLabel={`${active ? 'Vô hiệu hóa' : 'Kích hoạt lại'} ${email}`}
          className="admin-inline-form"
        />
      )}
      {locked || unlockState.status !== 'idle' ? (
        <ButtonForm
          action={unlockAction}
          state={unlockState}
          fields={{ userId: id }}
          label="Mở khóa"
          ariaLabel={`Mở khóa đăng nhập cho ${email}`}
          className="admin-inline-form"
        />
      ) : null}
      <form action={passwordAction} className="admin-inline-form">
        <input type="hidden" name="userId" value={id} />
        <label htmlFor={`password-${id}`}>{`Mật khẩu mới cho ${email}`}</label>
        <input id={`password-${id}`} name="password" type="password" autoComplete="new-password" required />
        <button type="submit" aria-label={`Đặt lại mật khẩu cho ${email}`}>
          Đặt lại mật khẩu
        </button>
        <FormMessage state={passwordState} />
      </form>
    </div>
  );
}
