import { useAppServices } from '../app-services';
import { AnalystView } from './analyst-view';
import { CustomerShop } from './customer-shop';
import { OperatorConsole } from './operator-console';
import { VisitorView } from './visitor-view';

/** A view per kind of user: an operator's console wins over anything else the token grants. */
export function RoleView() {
  const { access } = useAppServices();
  if (access.operate) return <OperatorConsole />;
  if (access.shop) return <CustomerShop />;
  if (access.sales) return <AnalystView />;
  return <VisitorView />;
}
