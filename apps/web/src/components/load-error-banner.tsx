import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';

export function LoadErrorBanner() {
  const { store } = useAppServices();
  const loadError = useObservable(store.loadError);
  if (!loadError) return null;
  return (
    <p className="banner" role="alert">
      {loadError}
    </p>
  );
}
