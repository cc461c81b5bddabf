import 'server-only';
import { can, type Actor, type ArticleResource } from '@/lib/domain/capabilities';

/** Which of the editor's buttons the user gets (a type only: client components import it too). */
export type Permissions = {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  unpublish: boolean;
  sendBack: boolean;
  withdraw: boolean;
  schedule: boolean;
  delete: boolean;
};

/** The editor's buttons, from the one capability table; the actions check the same table again. */
export function editorPermissions(user: Actor, article: ArticleResource): Permissions {
  return {
    edit: can(user, 'article:edit', article),
    submit: can(user, 'article:submit', article),
    publish: can(user, 'article:publish', article),
    unpublish: can(user, 'article:unpublish', article),
    sendBack: can(user, 'article:publish', article),
    withdraw: can(user, 'article:withdraw', article),
    schedule: can(user, 'article:schedule', article),
    delete: can(user, 'article:delete', article),
  };
}
