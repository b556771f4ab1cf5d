import { NotFoundBody } from '../../not-found';

/** An unknown event or session, anonymously: cached like the pages (a 404 costs no database read next time). */
export default function AnonymousNotFound() {
  return <NotFoundBody />;
}
